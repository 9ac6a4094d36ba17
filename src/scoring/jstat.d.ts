/** The one part of jstat (which ships no types) that the ICC intervals use. */
declare module 'jstat' {
  export const jStat: {
    centralF: {
      /** The quantile: x such that P(F ≤ x) = p for F with df1 and df2 degrees of freedom. */
      inv(p: number, df1: number, df2: number): number;
    };
  };
}
