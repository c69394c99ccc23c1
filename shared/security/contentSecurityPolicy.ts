/**
 * The Content Security Policy sent with every response of the app scheme (DESIGN §5: strict CSP, no
 * unsafe-eval). Styles allow 'unsafe-inline' because emotion (MUI) injects <style> elements at runtime;
 * scripts, connections and frames stay locked to the app itself, so even injected markup cannot load or send
 * anything elsewhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The same policy for a <meta http-equiv> tag (the web build has no server headers): browsers ignore
 * frame-ancestors in a meta tag and warn about it, so it is left out there.
 */
export const CONTENT_SECURITY_POLICY_META = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');
