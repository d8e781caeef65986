/**
 * Text measuring, wrapping and the text-field appearance streams (pdf-lib).
 *
 * pdf-lib's own text-field appearance puts the text 1 pt from the border and does not break long
 * words; ours pads the text, wraps exactly as the layout measured it, and is what Preview, Safari,
 * poppler and printing show until someone edits the field (then the reader redraws it from /DA
 * and the font in /DR).
 */
import {
  beginMarkedContent,
  beginText,
  clip,
  endMarkedContent,
  endPath,
  endText,
  fill,
  moveText,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingColor,
  setFontAndSize,
  setLineWidth,
  setStrokingColor,
  showText,
  stroke,
  componentsToColor,
  rgb,
  type Color,
  type PDFFont,
  type PDFOperator,
  type PDFTextField,
  type PDFWidgetAnnotation,
} from 'pdf-lib';

/** Horizontal and vertical padding inside a text box, in points. */
export const FIELD_PAD_X = 4;
export const FIELD_PAD_Y = 4;
/** Line height of multi-line fields, as a multiple of the font size. */
export const FIELD_LINE_HEIGHT = 1.25;

interface FontMetrics {
  ascent: number;
  descent: number;
  capHeight: number;
  unitsPerEm: number;
}

/**
 * Measures words once per font and size: long answers are wrapped several times during layout.
 * Vertical metrics come from the font itself (pdf-lib's heightAtSize({ descender: false }) mixes units).
 */
export class Measurer {
  private cache = new Map<string, number>();
  private metrics: FontMetrics;
  constructor(readonly font: PDFFont) {
    const fk = (font as unknown as { embedder?: { font?: Partial<FontMetrics> } }).embedder?.font;
    this.metrics =
      fk && fk.unitsPerEm && fk.ascent !== undefined && fk.descent !== undefined
        ? { ascent: fk.ascent, descent: fk.descent, capHeight: fk.capHeight || fk.ascent * 0.78, unitsPerEm: fk.unitsPerEm }
        : { ascent: 928, descent: -236, capHeight: 729, unitsPerEm: 1000 }; // DejaVu Sans
  }
  /**
   * Width of text at size 1000, summed from each character's advance (cached per character).
   * pdf-lib's widthOfTextAtSize runs fontkit's full shaper on every call, which dominated export
   * time; advances per code point give the same widths for text without ligatures (we embed with
   * ligatures off, see export.ts), and a ligature can only make a line narrower, never overflow.
   */
  private units(text: string): number {
    let w = 0;
    for (const ch of text) {
      let a = this.cache.get(ch);
      if (a === undefined) {
        a = this.font.widthOfTextAtSize(ch, 1000);
        this.cache.set(ch, a);
      }
      w += a;
    }
    return w;
  }
  width(text: string, size: number): number {
    return (this.units(text) * size) / 1000;
  }
  /** Ascent above the baseline, in points. */
  ascent(size: number): number {
    return (this.metrics.ascent / this.metrics.unitsPerEm) * size;
  }
  /** Descent below the baseline, in points (positive). */
  descent(size: number): number {
    return (-this.metrics.descent / this.metrics.unitsPerEm) * size;
  }
  capHeight(size: number): number {
    return (this.metrics.capHeight / this.metrics.unitsPerEm) * size;
  }
  /** Baseline that centres capitals in a line box of height lh whose top is at `top`. */
  baseline(size: number, top: number, lh: number): number {
    return top - lh / 2 - this.capHeight(size) / 2;
  }
}

/**
 * Splits text into lines no wider than `width`: at explicit line breaks, between words, and
 * inside a word only when the word alone is too wide (a web address, say). Tabs become four spaces.
 */
export function wrapText(m: Measurer, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  const space = m.width(' ', size);
  for (const para of text.replace(/\t/g, '    ').split('\n')) {
    const words = para.split(' ');
    let line = '';
    let lineWidth = 0;
    for (let word of words) {
      let w = m.width(word, size);
      const extra = line === '' ? w : lineWidth + space + w;
      if (extra <= width || (line === '' && word === '')) {
        line = line === '' ? word : `${line} ${word}`;
        lineWidth = extra;
        continue;
      }
      if (line !== '') lines.push(line);
      line = '';
      lineWidth = 0;
      while (w > width) {
        const chars = Array.from(word);
        let lo = 1;
        let hi = chars.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (m.width(chars.slice(0, mid).join(''), size) <= width) lo = mid;
          else hi = mid - 1;
        }
        lines.push(chars.slice(0, lo).join(''));
        word = chars.slice(lo).join('');
        w = m.width(word, size);
      }
      line = word;
      lineWidth = w;
    }
    lines.push(line);
  }
  return lines;
}

const tfRegex = /\/([^\0\t\n\f\r ]+)[\0\t\n\f\r ]+(\d*\.\d+|\d+)[\0\t\n\f\r ]+Tf/;

/** The font size a /DA string asks for ("/DejaVuSans 10 Tf 0 g" -> 10), or undefined. */
export function daFontSize(da: string | undefined): number | undefined {
  const m = da ? tfRegex.exec(da) : null;
  const n = m ? Number(m[2]) : NaN;
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

export interface TextBoxStyle {
  size: number;
  multiline: boolean;
  textColor?: Color;
  borderColor?: Color;
  borderWidth?: number;
  background?: Color;
}

/** Operators drawing a text field's value in a box of width x height, in the field's own coordinates. */
export function textFieldOperators(m: Measurer, text: string, width: number, height: number, style: TextBoxStyle): PDFOperator[] {
  const { size, multiline } = style;
  const bw = style.borderWidth ?? 0;
  const ops: PDFOperator[] = [];
  if (style.background) ops.push(pushGraphicsState(), setFillingColor(style.background), rectangle(0, 0, width, height), fill(), popGraphicsState());
  if (style.borderColor && bw > 0)
    ops.push(pushGraphicsState(), setStrokingColor(style.borderColor), setLineWidth(bw), rectangle(bw / 2, bw / 2, width - bw, height - bw), stroke(), popGraphicsState());
  ops.push(beginMarkedContent('Tx'), pushGraphicsState(), rectangle(bw, bw, width - 2 * bw, height - 2 * bw), clip(), endPath());
  if (text !== '') {
    const padX = bw + FIELD_PAD_X;
    const innerWidth = width - 2 * padX;
    const lines = multiline ? wrapText(m, text, size, innerWidth) : [text.replace(/[\t\n]/g, ' ')];
    const lineHeight = size * FIELD_LINE_HEIGHT;
    const firstBaseline = multiline
      ? height - bw - FIELD_PAD_Y - m.ascent(size)
      : (height - m.capHeight(size)) / 2; // capitals centred
    ops.push(beginText(), setFillingColor(style.textColor ?? rgb(0, 0, 0)), setFontAndSize(m.font.name, size), moveText(padX, firstBaseline));
    lines.forEach((line, i) => {
      if (i > 0) ops.push(moveText(0, -lineHeight));
      if (line !== '') ops.push(showText(m.font.encodeText(line)));
    });
    ops.push(endText());
  }
  ops.push(popGraphicsState(), endMarkedContent());
  return ops;
}

/**
 * pdf-lib appearance provider for our text fields: size from the widget's /DA (header widgets are
 * smaller) or the field's, colours and border from the widget's /MK and /BS.
 */
export function textAppearanceProvider(measurers: Map<PDFFont, Measurer>) {
  return (field: PDFTextField, widget: PDFWidgetAnnotation, font: PDFFont): PDFOperator[] => {
    let m = measurers.get(font);
    if (!m) measurers.set(font, (m = new Measurer(font)));
    const { width, height } = widget.getRectangle();
    const mk = widget.getAppearanceCharacteristics();
    const size = daFontSize(widget.getDefaultAppearance()) ?? daFontSize(field.acroField.getDefaultAppearance()) ?? 10;
    return textFieldOperators(m, field.getText() ?? '', width, height, {
      size,
      multiline: field.isMultiline(),
      borderWidth: widget.getBorderStyle()?.getWidth() ?? 0,
      borderColor: componentsToColor(mk?.getBorderColor()),
      background: componentsToColor(mk?.getBackgroundColor()),
    });
  };
}
