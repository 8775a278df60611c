import { passwordProblem } from '../password-policy';

describe('passwordProblem', () => {
  it('accepts a long passphrase', () => {
    expect(passwordProblem('paarse olifant fietst')).toBeNull();
  });
  it.each([
    ['kort-wacht1', /minstens 12/],
    ['aaaaaaaaaaaaaaa', /te weinig verschillende/],
    ['x'.repeat(300), /hoogstens 256/],
  ])('rejects %p', (password, message) => {
    expect(passwordProblem(password)).toMatch(message);
  });
  it('rejects a password that contains the mailbox name', () => {
    expect(passwordProblem('jansen-geheim-2026', { email: 'jansen@gemeente.nl' })).toMatch(/e-mailadres/);
  });
});
