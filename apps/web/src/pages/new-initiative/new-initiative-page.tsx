export function NewInitiativePage() {
  return null;
}
