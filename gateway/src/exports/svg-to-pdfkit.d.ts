// svg-to-pdfkit ships no types: it draws an SVG document onto a PDFKit page at (x, y).
declare module 'svg-to-pdfkit' {
  function SVGtoPDF(
    doc: PDFKit.PDFDocument,
    svg: string,
    x?: number,
    y?: number,
    options?: { width?: number; height?: number; assumePt?: boolean },
  ): void;
  export = SVGtoPDF;
}
