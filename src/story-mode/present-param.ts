/**
 * The `present` parameter of the address bar: a link with it opens the presentation
 * (`?chapter=the-fee&present`). Every other parameter is kept as it is.
 */

/** Whether a query string asks for presenter mode (`?present`, with or without a value). */
export function presentIn(search: string): boolean {
  const value = new URLSearchParams(search).get('present');
  return value !== null && value !== 'false' && value !== '0';
}

/** The query string with `present` set or removed, every other parameter kept. */
export function withPresent(search: string, on: boolean): string {
  const params = new URLSearchParams(search);
  params.delete('present');
  const rest = params.toString();
  // `present` with no value, as the README writes it: "?chapter=the-fee&present".
  const query = on ? (rest ? `${rest}&present` : 'present') : rest;
  return query ? `?${query}` : '';
}
