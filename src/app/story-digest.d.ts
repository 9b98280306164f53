/** The fingerprint of the bundled story as readers receive it (scripts/vite-story-digest.ts). */
declare module 'virtual:story-digest' {
  const digest: string;
  export default digest;
}
