/**
 * Every link a page carries is built here, from an allowlist: https pages, tel: numbers, mailto:
 * addresses and WhatsApp chats on https://wa.me. Anything else (javascript:, data:, http:, a
 * relative path smuggled into a field) is shown as plain text, never as a link.
 */

/** An https URL in normalised form, or undefined. */
export function httpsHref(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username || url.password || !url.hostname) return undefined;
  return url.href;
}

/** Digits of an Indonesian number in international form (+62...), or a short service number. */
export function phoneDigits(value: string): string | undefined {
  const trimmed = value.trim();
  const digits = trimmed.replace(/[^0-9]/g, '');
  if (digits.length < 3 || digits.length > 15) return undefined;
  if (/[^0-9+()\s.-]/.test(trimmed)) return undefined;
  if (trimmed.startsWith('+')) return '+' + digits;
  if (digits.startsWith('0')) return '+62' + digits.slice(1);
  if (digits.startsWith('62') && digits.length >= 9) return '+' + digits;
  return digits;
}

export function telHref(value: string | undefined): string | undefined {
  const n = value ? phoneDigits(value) : undefined;
  return n ? `tel:${n}` : undefined;
}

/** A chat link on wa.me; only international numbers can be reached there. */
export function whatsappHref(value: string | undefined): string | undefined {
  const n = value ? phoneDigits(value) : undefined;
  return n?.startsWith('+') ? `https://wa.me/${n.slice(1)}` : undefined;
}

const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export function mailtoHref(value: string | undefined): string | undefined {
  const address = value?.trim();
  if (!address || !EMAIL.test(address)) return undefined;
  return 'mailto:' + encodeURI(address).replace(/[#?]/g, encodeURIComponent);
}

