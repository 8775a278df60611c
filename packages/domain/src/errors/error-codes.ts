/**
 * THE registry of error codes (errors[].extensions.code in GraphQL, error.code in REST answers),
 * shared by server and web. Clients rely on these strings: never rename one. Each code has its HTTP
 * status (REST routes, and GraphQL errors sent before or instead of execution) and a Dutch default
 * message for the user, used where the server has nothing more specific to say.
 */
export const ERROR_CODES = {
  BAD_USER_INPUT: { status: 400, message: 'De invoer is ongeldig.' },
  BAD_REQUEST: { status: 400, message: 'Het verzoek is ongeldig.' },
  INVALID_TOKEN: { status: 400, message: 'Deze link is ongeldig, al gebruikt of verlopen. Vraag een nieuwe aan.' },
  QUERY_TOO_DEEP: { status: 400, message: 'De vraag is te diep genest.' },
  TOO_MANY_ALIASES: { status: 400, message: 'De vraag gebruikt te veel aliassen.' },
  QUERY_TOO_COMPLEX: { status: 400, message: 'De vraag is te complex.' },
  BATCH_LIMIT_EXCEEDED: { status: 400, message: 'Te veel operaties in één verzoek.' },
  OPERATION_NOT_SUPPORTED: { status: 400, message: 'Dit soort operatie wordt niet ondersteund.' },
  UNAUTHENTICATED: { status: 401, message: 'Log in om dit te mogen doen.' },
  INVALID_CREDENTIALS: { status: 401, message: 'Het e-mailadres of wachtwoord klopt niet.' },
  FORBIDDEN: { status: 403, message: 'U heeft geen toegang tot dit onderdeel.' },
  INTROSPECTION_DISABLED: { status: 403, message: 'Het schema opvragen is niet toegestaan.' },
  REGISTRATION_PENDING: { status: 403, message: 'Uw aanmelding wacht nog op goedkeuring door een beheerder.' },
  REGISTRATION_REJECTED: { status: 403, message: 'Uw aanmelding is afgewezen.' },
  NOT_FOUND: { status: 404, message: 'Niet gevonden.' },
  CONFLICT: { status: 409, message: 'Dit kan niet in de huidige toestand; laad de pagina opnieuw.' },
  REQUEST_TOO_LARGE: { status: 413, message: 'Het verzoek is te groot.' },
  RESPONSE_TOO_LARGE: { status: 413, message: 'Het antwoord zou te groot worden; vraag minder tegelijk op.' },
  EXPORT_TOO_LARGE: { status: 413, message: 'De export is groter dan de server in één bestand levert; kies minder soorten gegevens.' },
  TOO_MANY_ATTEMPTS: { status: 429, message: 'Te veel mislukte pogingen. Probeer het later opnieuw.' },
  RATE_LIMITED: { status: 429, message: 'Te veel verzoeken. Probeer het later opnieuw.' },
  INTERNAL_SERVER_ERROR: { status: 500, message: 'Er ging iets mis op de server. Probeer het later opnieuw.' },
  REQUEST_TIMEOUT: { status: 503, message: 'De aanvraag duurde te lang en is afgebroken.' },
  PDF_UNAVAILABLE: { status: 503, message: 'De PDF kan op dit moment niet worden gemaakt. Bekijk de webpagina of probeer het later opnieuw.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The codes as constants: `ErrorCode.NOT_FOUND` instead of the string 'NOT_FOUND'. */
export const ErrorCode = Object.fromEntries(Object.keys(ERROR_CODES).map((code) => [code, code])) as { readonly [C in ErrorCode]: C };

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CODES, code);
}

/** The HTTP status of a code; anything unknown is an internal error (500). */
export function httpStatusOf(code: unknown): number {
  return isErrorCode(code) ? ERROR_CODES[code].status : ERROR_CODES.INTERNAL_SERVER_ERROR.status;
}

/** The Dutch default message of a code, for the user. */
export function defaultErrorMessage(code: unknown): string {
  return isErrorCode(code) ? ERROR_CODES[code].message : ERROR_CODES.INTERNAL_SERVER_ERROR.message;
}
