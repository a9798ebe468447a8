/** Names compared as people write them: case, spacing and how "å" was typed do not matter. */
export function sameName(a: string, b: string): boolean {
  const normal = (name: string) =>
    name.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("da");
  return normal(a) === normal(b);
}
