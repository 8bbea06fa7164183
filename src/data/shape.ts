/**
 * Shapes of the data files, declared once: each shape is both the TypeScript
 * type of a file (`Infer<typeof shape>`) and the check the schema test runs on
 * it, so a data file and the code reading it cannot drift apart unnoticed.
 */

/** A shape: `check` appends "path: what was expected" for every bad value under `path`. */
export interface Shape<T> {
  readonly check: (v: unknown, path: string, errors: string[]) => void;
  /** the type this shape stands for (never set: only read by `Infer`) */
  readonly type?: T;
}
export type Infer<S> = S extends Shape<infer T> ? T : never;

const describe = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v);
const leaf = <T>(what: string, ok: (v: unknown) => boolean): Shape<T> => ({
  check: (v, path, errors) => { if (!ok(v)) errors.push(`${path}: expected ${what}, found ${describe(v)}`); },
});

export const str: Shape<string> = leaf('a non-empty string', (v) => typeof v === 'string' && v.length > 0);
export const num: Shape<number> = leaf('a number', (v) => typeof v === 'number' && Number.isFinite(v));
export const bool: Shape<boolean> = leaf('true or false', (v) => typeof v === 'boolean');

/** One of a few words ("province", "city", "region"). */
export const oneOf = <const W extends string>(...words: W[]): Shape<W> =>
  leaf(`one of ${words.join(', ')}`, (v) => words.includes(v as W));

export const nullable = <T>(s: Shape<T>): Shape<T | null> => ({
  check: (v, path, errors) => { if (v !== null) s.check(v, path, errors); },
});

/** A list of at least `minItems` items. */
export const list = <T>(item: Shape<T>, minItems = 0): Shape<T[]> => ({
  check: (v, path, errors) => {
    if (!Array.isArray(v)) return void errors.push(`${path}: expected an array, found ${describe(v)}`);
    if (v.length < minItems) errors.push(`${path}: expected at least ${minItems} item(s)`);
    v.forEach((x, i) => item.check(x, `${path}/${i}`, errors));
  },
});

/** A word list a file exists to hold: an empty one is an editing slip. */
export const words = list(str, 1);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A table keyed by words: any keys, every value of one shape. */
export const record = <T>(value: Shape<T>): Shape<Record<string, T>> => ({
  check: (v, path, errors) => {
    if (!isObject(v)) return void errors.push(`${path}: expected an object, found ${describe(v)}`);
    for (const [k, x] of Object.entries(v)) value.check(x, `${path}/${k}`, errors);
  },
});

export type Fields = Record<string, Shape<unknown>>;
type Flat<T> = { [K in keyof T]: T[K] } & {};
export type ObjectOf<R extends Fields, O extends Fields> = Flat<{ [K in keyof R]: Infer<R[K]> } & { [K in keyof O]?: Infer<O[K]> }>;

/** A record with named fields: `required` must be there, `optional` may be; no other field is allowed (a misspelt key is caught). */
export function object<R extends Fields, O extends Fields = Record<never, never>>(required: R, optional?: O): Shape<ObjectOf<R, O>> {
  return {
    check: (v, path, errors) => {
      if (!isObject(v)) return void errors.push(`${path}: expected an object, found ${describe(v)}`);
      for (const [k, s] of Object.entries(required)) {
        if (k in v) s.check(v[k], `${path}/${k}`, errors);
        else errors.push(`${path}/${k}: missing`);
      }
      for (const [k, x] of Object.entries(v)) {
        if (k in required) continue;
        const s = optional?.[k];
        if (s) s.check(x, `${path}/${k}`, errors);
        else errors.push(`${path}/${k}: unknown field`);
      }
    },
  };
}

/** The problems with `v` as `shape`, each "path: reason" (JSON Pointer paths: "/names/3"). */
export function problems<T>(shape: Shape<T>, v: unknown): string[] {
  const errors: string[] = [];
  shape.check(v, '', errors);
  return errors;
}
