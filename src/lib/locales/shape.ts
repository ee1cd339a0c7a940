/**
 * The shape a translation must have: English's keys, except that each English `_one`/`_other` pair becomes one key
 * per CLDR plural form of the target language. Locale files check themselves against it with `satisfies`, so a
 * missing or unknown key fails the typecheck before these tests run.
 */
export type LocaleShape<T, Form extends string> = {
  [K in keyof T as K extends `${string}_${'one' | 'other'}` ? never : K]: T[K] extends string
    ? string
    : LocaleShape<T[K], Form>;
} & {
  [K in keyof T as K extends `${infer Stem}_one` ? `${Stem}_${Form}` : never]: string;
};
