/** The story files gzipped and written as base85 text, by name (scripts/vite-packed-story.ts). */
declare module 'virtual:packed-story' {
  const packed: Readonly<Record<string, string>>;
  export default packed;
}
