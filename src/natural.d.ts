/** `natural` is imported by module (see text/nearest.ts); its per-module files carry no types of their own. */
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  export default function JaroWinklerDistance(s1: string, s2: string, options?: { ignoreCase?: boolean; dj?: number }): number;
}
