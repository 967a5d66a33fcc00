/** The part of js-yaml 4 the quick reader uses (the package ships no types). */
declare module 'js-yaml' {
  interface TypeOptions {
    kind: 'scalar' | 'sequence' | 'mapping';
    resolve?: (data: string) => boolean;
    construct?: (data: string) => unknown;
  }
  export class Type {
    constructor(tag: string, options: TypeOptions);
  }
  export class Schema {
    extend(definition: { implicit?: Type[]; explicit?: Type[] }): Schema;
  }
  export const FAILSAFE_SCHEMA: Schema;
  export const CORE_SCHEMA: Schema;
  export interface LoadOptions {
    schema?: Schema;
    json?: boolean;
    maxDepth?: number;
    onWarning?: (warning: Error) => void;
  }
  export function load(text: string, options?: LoadOptions): unknown;
  const jsYaml: { Type: typeof Type; FAILSAFE_SCHEMA: Schema; CORE_SCHEMA: Schema; load: typeof load };
  export default jsYaml;
}
