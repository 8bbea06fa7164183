/** Control characters made visible: the text tool lives in text/ so library reporters need not reach into the CLI. */
export { visible } from '../text/visible.js';
