import { expect, type Page } from '@playwright/test';

/** A minimal PDF (recognised by its signature, as the server checks). */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/**
 * Uploads the three registration documents the pavilion asks before verifying (SECP, NTN, export
 * registration) on the exporter's documents page, in English.
 */
export async function uploadVerificationDocuments(page: Page, origin = '') {
  await page.goto(`${origin}/en/exporter/documents/`);
  for (const kind of ['secp', 'ntn', 'export-registration']) {
    await page.getByLabel('Document', { exact: true }).selectOption(kind);
    await page.getByLabel('File', { exact: true }).setInputFiles({ name: `${kind}.pdf`, mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('button', { name: 'Upload document' }).click();
    await expect(page.getByRole('status')).toContainText('The document is uploaded.');
  }
  await expect(page.getByText('All three documents are uploaded.')).toBeVisible();
}
