import type { Lang, Text } from '../../i18n/index.js';

/** Fixed wording of the booklet and the poster. */
export const PDF_LABELS = {
  bookletTitle: { id: 'Buku Standar Pelayanan', en: 'Service Standards Booklet' },
  contents: { id: 'Daftar Isi', en: 'Contents' },
  services: { id: 'layanan', en: 'services' },
  page: { id: 'Halaman', en: 'Page' },
  of: { id: 'dari', en: 'of' },
  standard: { id: 'Standar Pelayanan', en: 'Service Standard' },
  maklumat: { id: 'Maklumat Pelayanan', en: 'Service Pledge' },
  scanStandards: { id: 'Pindai untuk melihat standar pelayanan kami', en: 'Scan to see our service standards' },
  scanComplaint: { id: 'Pindai untuk menyampaikan pengaduan, saran, dan masukan', en: 'Scan to send a complaint, suggestion or input' },
  qrCode: { id: 'Kode QR menuju', en: 'QR code to' },
} satisfies Record<string, Text>;

export type PdfLabels = Record<keyof typeof PDF_LABELS, string>;

/** The labels in one language, as templates receive them. */
export function pdfLabels(lang: Lang): PdfLabels {
  return Object.fromEntries(Object.entries(PDF_LABELS).map(([key, text]) => [key, text[lang]])) as PdfLabels;
}
