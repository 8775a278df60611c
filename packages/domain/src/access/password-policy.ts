export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/** Returns a Dutch explanation of what is wrong with the password, or null when it is acceptable. */
export function passwordProblem(password: string, context: { email?: string } = {}): string | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return `Het wachtwoord moet minstens ${MIN_PASSWORD_LENGTH} tekens hebben.`;
  if (length > MAX_PASSWORD_LENGTH) return `Het wachtwoord mag hoogstens ${MAX_PASSWORD_LENGTH} tekens hebben.`;
  if (new Set(password).size < 4) return 'Het wachtwoord bestaat uit te weinig verschillende tekens.';
  if (context.email && password.toLowerCase().includes(context.email.toLowerCase().split('@')[0]) && context.email.split('@')[0].length >= 4) {
    return 'Het wachtwoord mag uw e-mailadres niet bevatten.';
  }
  return null;
}
