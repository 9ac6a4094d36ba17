/** The paths of an OpenAPI document, as the API serves it at /docs/openapi.json. */
export type OpenApiSpec = { paths: Record<string, Record<string, unknown>> };

/**
 * Every GET operation of the document but the documentation's own, with every
 * combination of the given ids for its path parameters: what a test walks to
 * show that no route, present or added later, shows what it must not.
 */
export function getUrls(spec: OpenApiSpec, ids: Record<string, string>): string[] {
  const values = [...new Set(Object.values(ids))];
  const out: string[] = [];
  for (const [path, operations] of Object.entries(spec.paths)) {
    if (!operations.get || path.startsWith('/docs')) continue;
    let filled = [path];
    for (const param of [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[0])) {
      filled = filled.flatMap((url) => values.map((value) => url.replace(param, value)));
    }
    out.push(...filled);
  }
  return out;
}
