/** The story files gzipped and base64-encoded, by name (scripts/vite-packed-story.ts). */
declare module 'virtual:packed-story' {
  const packed: Readonly<Record<string, string>>;
  export default packed;
}
