import { getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { renderReport } from './index';
import { bigReportFixture, reportFixture } from './fixture';
import { loadPdfFonts } from './pdf-kit';

interface TextItem {
  str: string;
  transform: number[];
  width: number;
}

async function pagesOf(bytes: Uint8Array) {
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  return {
    count: pdf.numPages,
    async items(pageNumber: number): Promise<TextItem[]> {
      const content = await (await pdf.getPage(pageNumber)).getTextContent();
      return content.items.filter((item): item is TextItem & typeof item => 'str' in item && item.str !== '');
    },
    async text(pageNumber: number): Promise<string> {
      return (await this.items(pageNumber)).map((item) => item.str).join(' ');
    },
  };
}

describe('renderReport to PDF', () => {
  it('prints the title, organisation, run, formatted key figures and "CO₂e" with a real subscript two', async () => {
    const pages = await pagesOf(await renderReport(reportFixture(), 'pdf'));
    const first = await pages.text(1);
    expect(first).toContain('Streamlined Energy and Carbon Report 2024–25');
    expect(first).toContain('Acme Widgets Ltd');
    expect(first).toContain('1 Apr 2024 – 31 Mar 2025');
    expect(first).toContain('Run 7 (run-7c1e)');
    expect(first).toContain('a3f1c9e2b4d6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4');
    expect(first).toContain('39.8 t CO₂e');
    expect(first).toContain('201,501 kWh');
    expect(first).toContain('Not available');
    expect(first).toContain('2 problems to fix before you publish this report');
    expect(first).toContain('No intensity ratio: add your employee count or floor area in Settings.');
    expect(first).not.toContain('SAMPLE DATA');
  });

  it('numbers every page "Page N of M" and puts the sample banner on every page of a sample report', async () => {
    const pages = await pagesOf(await renderReport(reportFixture({ sample: true }), 'pdf'));
    expect(pages.count).toBeGreaterThan(1);
    for (let n = 1; n <= pages.count; n += 1) {
      const text = await pages.text(n);
      expect(text).toContain(`Page ${n} of ${pages.count}`);
      expect(text).toContain('SAMPLE DATA: made from the sample workspace. Do not publish or submit this report.');
    }
  });

  it('right-aligns numbers, rounds them to the column decimals and prints the total row', async () => {
    const pages = await pagesOf(await renderReport(reportFixture(), 'pdf'));
    const items = await pages.items(1);
    const rightEdge = (text: string) => {
      const item = items.find((i) => i.str === text);
      if (!item) throw new Error(`"${text}" is not on page 1`);
      return (item.transform[4] ?? 0) + item.width;
    };
    // Energy use (kWh), 0 decimals: 81,000.5 → 81,001; the total 201,500.75 → 201,501.
    expect(rightEdge('120,500')).toBeCloseTo(rightEdge('81,001'), 0);
    expect(rightEdge('201,501')).toBeCloseTo(rightEdge('81,001'), 0);
    expect(rightEdge('24.95')).toBeCloseTo(rightEdge('14.80'), 0);
    expect(rightEdge('62.8%')).toBeCloseTo(rightEdge('100.0%'), 0);
    expect(items.some((i) => i.str === 'Total')).toBe(true);
  });

  it('draws the charts with their titles, axis values and legends', async () => {
    const pages = await pagesOf(await renderReport(reportFixture(), 'pdf'));
    const all = [await pages.text(1), await pages.text(2)].join(' ');
    expect(all).toContain('Emissions by scope and year (t CO₂e)');
    expect(all).toContain('2023–24');
    expect(all).toContain('Scope 1');
    expect(all).toContain('Scope 2');
    expect(all).toContain('Electricity by quarter (kWh)');
    expect(all).toContain('40,000');
  });

  it('prints hostile text as text, and the sign-off with blanks to fill in', async () => {
    const pages = await pagesOf(await renderReport(reportFixture(), 'pdf'));
    const last = await pages.text(pages.count);
    expect(last.replace(/\s+/g, '')).toContain('=HYPERLINK("http://evil.example","Click")'.replace(/\s+/g, ''));
    expect(last).toContain('This report was approved by the board of directors.');
    expect(last).toContain('Signature');
    expect(last).toContain('Director');
  });

  it('gives the same bytes for the same document, and different bytes when the document differs', async () => {
    const a = await renderReport(reportFixture(), 'pdf');
    const b = await renderReport(reportFixture(), 'pdf');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const c = await renderReport(reportFixture({ runNumber: 8 }), 'pdf');
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
  });

  it('renders a 20,000-row table with its header repeated on every page', async () => {
    const started = performance.now();
    const bytes = await renderReport(bigReportFixture(20_000), 'pdf');
    const elapsedMs = performance.now() - started;
    // About 1 s of CPU on the 2-core CI machine; the bound only catches a return to per-cell layout (10 s+).
    expect(elapsedMs).toBeLessThan(8_000);
    const pages = await pagesOf(bytes);
    expect(pages.count).toBeGreaterThan(300);
    const second = await pages.text(2);
    expect(second).toContain('Activity rows and factors (continued)');
    expect(second).toContain('Quantity (kWh)');
    const last = await pages.text(pages.count);
    expect(last).toContain(`Page ${pages.count} of ${pages.count}`);
    expect(last).toContain('Total');
  }, 60_000);

  it('says which fonts are missing when resources/fonts is not there', () => {
    expect(() => loadPdfFonts('/nowhere/fonts')).toThrow(/report fonts are missing from \/nowhere\/fonts/);
  });
});
