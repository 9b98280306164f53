/**
 * The bundled story's own language and its translations as the build wrote them, by language:
 * each file's address and its text's fingerprint (scripts/vite-built-stories.ts). Outside a
 * build, no language and none written.
 */
declare module 'virtual:built-stories' {
  const built: {
    language: string | null;
    translations: Readonly<Record<string, import('../model/built-translation').BuiltFile>>;
  };
  export default built;
}
