/**
 * Builds the fillable A4 PDF of a plan (or a blank form) with pdf-lib. Node and browser alike:
 * the caller supplies the font bytes (browser.ts fetches them; the build reads them from disk).
 *
 * What readers need, and where it is done:
 * - every answer is a real form field holding its value, created in reading order (names.ts);
 * - appearance streams are written for every field (appearance.ts), so Preview, Safari, poppler and
 *   printing show the values without regenerating them; NeedAppearances stays off;
 * - the regular font is embedded whole (every glyph, widths and ToUnicode for all of them) and named
 *   in the AcroForm /DR, and each text field's /DA uses it, so a reader that redraws an edited field
 *   has every glyph for what is typed later; headings and labels are the same font, filled and
 *   outlined to look bold, so only one font is fetched and embedded;
 * - title, /Lang en-GB, /TU tooltips, /Tabs /S with widgets in reading order (header widgets last);
 * - the draft JSON is attached, so import can restore the exact draft.
 */
import {
  AFRelationship,
  LineJoinStyle,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFString,
  rgb,
  type Color,
  type PDFCheckBox,
  type PDFFont,
  type PDFPage,
  type PDFRadioGroup,
  type PDFTextField,
  popGraphicsState,
  pushGraphicsState,
  setLineJoin,
  setLineWidth,
  setStrokingColor,
  setTextRenderingMode,
  TextRenderingMode,
} from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import type { Field, GroupField, GroupItem, LeafField, LeafValue, Person, PlanData, Section, Template } from '../forms/schema';
import { FIELD_LINE_HEIGHT, FIELD_PAD_X, FIELD_PAD_Y, Measurer, textAppearanceProvider, wrapText } from './appearance';
import { findUnsupportedCharacters, planTexts } from './coverage';
import { UnsupportedCharactersError } from './errors';
import { fieldNameFor, isPrinted, itemCountsFor, pdfFieldSlots, type FieldPath, type PdfFieldSlot } from './names';
import { formatDateForPdf, normalizeForPdf } from './text';

export { UnsupportedCharactersError } from './errors';

export interface PdfFonts {
  /**
   * DejaVu Sans (or another TrueType font with the same coverage); embedded whole. Headings and
   * labels are drawn in it too, filled and outlined to look bold, so no second font is fetched.
   */
  regular: Uint8Array;
}

export interface ExportPlanPdfOptions {
  template: Template;
  /** The answers. `{}` makes a blank form. */
  data: PlanData;
  /** The school's name, printed at the top of every page. */
  schoolName: string;
  /** The draft as the builder saves it (serializeDraft). Attached to the PDF; omit for a blank form. */
  attachmentJson?: string;
  /** File name of the attachment. Default `<template id>-answers.json`. */
  attachmentName?: string;
  fonts: PdfFonts;
  /** Creation date printed in the footer and stored in the PDF. Default: now. */
  now?: Date;
  /** Headings and rules, as #rrggbb. Default #1d4f91 (the site's default primary colour). */
  accentColour?: string;
  /**
   * Print review-only fields ("What happened", "Was this outcome achieved?"). Default: true when the
   * attached draft has a `review` (a plan started with "Start a review"), else false.
   */
  isReview?: boolean;
}

/** True when the attached draft envelope is a review (has a `review` object). */
function attachmentIsReview(json: string | undefined): boolean {
  if (!json) return false;
  try {
    const parsed: unknown = JSON.parse(json);
    return !!parsed && typeof parsed === 'object' && !!(parsed as { review?: unknown }).review;
  } catch {
    return false;
  }
}

/** File name of the attachment for a template. */
export const attachmentNameFor = (template: Template) => `${template.id}-answers.json`;

// ---------------------------------------------------------------------------------------------
// Page geometry (points; A4 = 210 x 297 mm)

const PAGE_W = 595.28;
const PAGE_H = 841.89;
const MARGIN_X = 50;
const CONTENT_W = PAGE_W - 2 * MARGIN_X;
const HEADER_TOP = PAGE_H - 30;
/** Outline width for bold text, as a share of the font size (about DejaVu Bold's extra weight). */
const BOLD_STROKE = 0.06;
const BAND_H = 32;
const BODY_TOP = HEADER_TOP - 16 - BAND_H - 16;
const BODY_BOTTOM = 56;
const BODY_H = BODY_TOP - BODY_BOTTOM;

const FIELD_SIZE = 10;
const HEADER_FIELD_SIZE = 10;
const TEXT_BOX_H = 24;
const CHECK = 12;

// Type sizes and line heights
const T = {
  title: { size: 20, lh: 26 },
  heading: { size: 14, lh: 19 },
  itemHeading: { size: 12, lh: 16 },
  label: { size: 10.5, lh: 13 },
  body: { size: 10, lh: 13.5 },
  hint: { size: 9, lh: 11 },
  small: { size: 8, lh: 10 },
};

function hexToColor(hex: string | undefined, fallback: Color): Color {
  const m = hex ? /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex) : null;
  return m ? rgb(parseInt(m[1]!, 16) / 255, parseInt(m[2]!, 16) / 255, parseInt(m[3]!, 16) / 255) : fallback;
}
function tint(c: Color, amount: number): Color {
  const { red, green, blue } = c as unknown as { red: number; green: number; blue: number };
  return rgb(1 - (1 - red) * amount, 1 - (1 - green) * amount, 1 - (1 - blue) * amount);
}

const INK = rgb(0.043, 0.047, 0.047); // #0b0c0c
const GREY = rgb(0.314, 0.353, 0.373); // #505a5f
const RULE = rgb(0.694, 0.706, 0.714); // #b1b4b6
const FIELD_BORDER = rgb(0.42, 0.45, 0.47);
const WHITE = rgb(1, 1, 1);

// ---------------------------------------------------------------------------------------------
// Values

function leafValue(field: LeafField, raw: unknown): LeafValue | undefined {
  switch (field.kind) {
    case 'choices':
      return Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : undefined;
    case 'person':
      if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
      return { name: String((raw as Person).name ?? ''), role: String((raw as Person).role ?? '') };
    default:
      return typeof raw === 'string' ? raw : undefined;
  }
}

function valueAt(data: PlanData, path: FieldPath, field: LeafField): LeafValue | undefined {
  if (path.length === 1) return leafValue(field, data[path[0]]);
  const items = data[path[0]];
  const item = Array.isArray(items) ? (items[path[1]] as GroupItem | undefined) : undefined;
  return item && typeof item === 'object' ? leafValue(field, (item as Record<string, unknown>)[path[2]]) : undefined;
}

/** What a text field of the slot shows. */
function textOf(slot: PdfFieldSlot, value: LeafValue | undefined): string {
  if (value === undefined) return '';
  if (slot.part) return normalizeForPdf((value as Person)[slot.part] ?? '');
  if (typeof value !== 'string') return '';
  return slot.field.kind === 'date' ? formatDateForPdf(value) : normalizeForPdf(value);
}

// ---------------------------------------------------------------------------------------------
// Layout: a list of units (kept together on one page when they fit), each made of parts.

interface Part {
  height: number;
  draw(page: PDFPage, top: number): void;
}
interface Unit {
  parts: Part[];
  spaceBefore: number;
  section?: Section;
  /** The first unit of its section (no "continued" line above it). */
  startsSection?: boolean;
  /** Printed above the rest of the unit when it has to go on over a page ("Outcome 2 (continued)"). */
  continuedLabel?: string;
}

const sum = (parts: Part[]) => parts.reduce((h, p) => h + p.height, 0);

/** Places a box of width w x h with pdf-lib's widget maths (it grows the rectangle by the border width). */
const box = (x: number, y: number, w: number, h: number, bw: number) => ({ x: x + bw / 2, y: y + bw / 2, width: w - bw, height: h - bw });

export async function exportPlanPdf(options: ExportPlanPdfOptions): Promise<Uint8Array> {
  const { template, schoolName, fonts } = options;
  const data: PlanData = options.data && typeof options.data === 'object' ? options.data : {};
  const now = options.now ?? new Date();
  const accent = hexToColor(options.accentColour, rgb(0.114, 0.31, 0.569));
  const blank = Object.keys(data).length === 0;

  const unsupported = findUnsupportedCharacters(planTexts(template, data, schoolName));
  if (unsupported.length) throw new UnsupportedCharactersError(unsupported);

  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  // No ligatures or contextual forms: the appearance then uses one glyph per character, as a
  // reader does when it redraws an edited field, and widths add up per character (appearance.ts).
  const features = { liga: false, clig: false, dlig: false, calt: false, kern: false };
  const regular = await doc.embedFont(fonts.regular, { subset: false, customName: 'DejaVuSans', features });
  const R = new Measurer(regular);
  // Bold text is the regular font filled and outlined (see drawText): same metrics, slightly
  // heavier strokes. A real bold font was a second 706 KB download for headings alone.
  const B = R;
  const form = doc.getForm();

  // ---- Fields, created in reading order before any page exists.
  const counts = itemCountsFor(template, data);
  const printOptions = { isReview: options.isReview ?? attachmentIsReview(options.attachmentJson) };
  const slots = pdfFieldSlots(template, counts, printOptions);
  const textFields = new Map<string, PDFTextField>();
  const checkBoxes = new Map<string, PDFCheckBox>();
  const radios = new Map<string, PDFRadioGroup>();
  for (const slot of slots) {
    const tu = PDFHexString.fromText(slot.tooltip);
    if (slot.widget === 'checkbox') {
      const cb = form.createCheckBox(slot.name);
      cb.acroField.dict.set(PDFName.of('TU'), tu);
      checkBoxes.set(slot.name, cb);
    } else if (slot.widget === 'radio') {
      const rg = form.createRadioGroup(slot.name);
      rg.acroField.dict.set(PDFName.of('TU'), tu);
      rg.enableOffToggling();
      radios.set(slot.name, rg);
    } else {
      const tf = form.createTextField(slot.name);
      tf.acroField.dict.set(PDFName.of('TU'), tu);
      if (slot.widget === 'multiline') tf.enableMultiline();
      textFields.set(slot.name, tf);
    }
  }
  const slotByName = new Map(slots.map((s) => [s.name, s]));
  /** Font size of text fields whose answer is too long for the box at the normal size. */
  const fieldSizes = new Map<string, number>();

  // ---- Drawing helpers
  const lineBaseline = (m: Measurer, size: number, top: number, lh: number) => m.baseline(size, top, lh);
  /** Draws text in the regular font; `bold` fills and outlines the glyphs (text render mode 2). */
  const drawText = (page: PDFPage, text: string, o: { x: number; y: number; size: number; color: Color; bold?: boolean }) => {
    if (!o.bold) return page.drawText(text, { x: o.x, y: o.y, size: o.size, color: o.color, font: regular });
    page.pushOperators(
      pushGraphicsState(),
      setTextRenderingMode(TextRenderingMode.FillAndOutline),
      setLineWidth(o.size * BOLD_STROKE),
      setLineJoin(LineJoinStyle.Round),
      setStrokingColor(o.color),
    );
    page.drawText(text, { x: o.x, y: o.y, size: o.size, color: o.color, font: regular });
    page.pushOperators(popGraphicsState());
  };
  const drawLines = (page: PDFPage, lines: string[], x: number, top: number, weight: 'regular' | 'bold', style: { size: number; lh: number }, color: Color) => {
    lines.forEach((line, i) => {
      if (line) drawText(page, line, { x, y: lineBaseline(R, style.size, top - i * style.lh, style.lh), size: style.size, color, bold: weight === 'bold' });
    });
  };
  const widgetStyle = { borderColor: FIELD_BORDER, borderWidth: 1, backgroundColor: WHITE, textColor: INK };

  const addTextWidget = (page: PDFPage, name: string, x: number, y: number, w: number, h: number) => {
    const tf = textFields.get(name);
    if (!tf) return;
    tf.addToPage(page, { ...box(x, y, w, h, 1), ...widgetStyle, font: regular });
  };

  /** A label (bold) with "(optional)" and a hint underneath. */
  const labelPart = (label: string, hint: string | undefined, optional: boolean, x0: number, width: number, style = T.label, colour: Color = INK): Part => {
    const labelLines = wrapText(B, optional ? `${label} (optional)` : label, style.size, width);
    const hintLines = hint ? wrapText(R, hint, T.hint.size, width) : [];
    const height = labelLines.length * style.lh + (hintLines.length ? 1 + hintLines.length * T.hint.lh : 0) + 5;
    return {
      height,
      draw(page, top) {
        labelLines.forEach((line, i) => {
          const y = lineBaseline(B, style.size, top - i * style.lh, style.lh);
          const optIdx = optional && i === labelLines.length - 1 ? line.lastIndexOf('(optional)') : -1;
          if (optIdx >= 0) {
            const before = line.slice(0, optIdx);
            drawText(page, before, { x: x0, y, size: style.size, color: colour, bold: true });
            page.drawText('(optional)', { x: x0 + B.width(before, style.size), y, font: regular, size: style.size, color: GREY });
          } else drawText(page, line, { x: x0, y, size: style.size, color: colour, bold: true });
        });
        if (hintLines.length) drawLines(page, hintLines, x0, top - labelLines.length * style.lh - 1, 'regular', T.hint, GREY);
      },
    };
  };

  /** Height of a writing line in an empty long-text box inside a group (tightened to keep an item on one page). */
  let emptyRowHeightInGroup = 12;

  /** Width available to text inside a box of width w (border and padding). */
  const innerWidth = (w: number) => w - 2 * (1 + FIELD_PAD_X);

  /** A single-line value too wide for its box gets a smaller font (down to 6 pt) rather than be cut off. */
  const fitSize = (text: string, w: number, size: number) => {
    while (size > 6 && R.width(text, size) > innerWidth(w)) size -= 0.5;
    return size;
  };
  const fitFieldSize = (name: string, text: string, w: number) => {
    const size = text ? fitSize(text, w, FIELD_SIZE) : FIELD_SIZE;
    if (size !== FIELD_SIZE) fieldSizes.set(name, size);
  };

  /**
   * A multi-line box: tall enough for the answer plus room to write more (a line and a half), or
   * writing lines when empty. An answer longer than a page gets a smaller font (down to 7 pt).
   */
  const longBox = (name: string, text: string, rows: number, x0: number, width: number, inGroup: boolean): Part => {
    const innerW = innerWidth(width);
    const maxH = BODY_H - 90;
    let size = FIELD_SIZE;
    let lines = text ? wrapText(R, text, size, innerW).length : 0;
    const heightFor = (n: number, s: number) => n * s * FIELD_LINE_HEIGHT + 2 * (FIELD_PAD_Y + 1) + 2;
    let height = !text ? rows * (inGroup ? emptyRowHeightInGroup : 16) + 10 : heightFor(Math.max(2, lines + 1.5), size);
    while (height > maxH && size > 7) {
      size -= 0.5;
      lines = wrapText(R, text, size, innerW).length;
      height = heightFor(lines + 1, size);
    }
    height = Math.min(height, maxH);
    if (size !== FIELD_SIZE) fieldSizes.set(name, size);
    return { height, draw: (page, top) => addTextWidget(page, name, x0, top - height, width, height) };
  };


  /** The control(s) of a leaf field. `x0`/`width` is the column; fields inside groups are indented. */
  const controlPart = (field: LeafField, path: FieldPath, x0: number, width: number): Part => {
    const value = valueAt(data, path, field);
    const inGroup = path.length > 1;
    switch (field.kind) {
      case 'text':
      case 'date': {
        const name = fieldNameFor(path);
        const text = textOf(slotByName.get(name)!, value);
        let w = field.kind === 'date' ? Math.min(180, width) : field.maxLength <= 40 ? Math.min(260, width) : width;
        if (text && R.width(text, FIELD_SIZE) > innerWidth(w)) w = width;
        if (field.kind === 'text' && text && R.width(text, FIELD_SIZE) > innerWidth(w)) {
          // An answer longer than the line (maxLength only warns): a multi-line box, so it all prints.
          textFields.get(name)!.enableMultiline();
          return longBox(name, text, 1, x0, width, inGroup);
        }
        fitFieldSize(name, text, w);
        return { height: TEXT_BOX_H, draw: (page, top) => addTextWidget(page, name, x0, top - TEXT_BOX_H, w, TEXT_BOX_H) };
      }
      case 'longtext':
        return longBox(fieldNameFor(path), textOf(slotByName.get(fieldNameFor(path))!, value), field.rows, x0, width, inGroup);
      case 'person': {
        const gap = 14;
        const w = (width - gap) / 2;
        const height = T.small.lh + 3 + TEXT_BOX_H;
        for (const part of ['name', 'role'] as const) fitFieldSize(fieldNameFor(path, part), textOf(slotByName.get(fieldNameFor(path, part))!, value), w);
        return {
          height,
          draw(page, top) {
            (['name', 'role'] as const).forEach((part, i) => {
              const x = x0 + i * (w + gap);
              page.drawText(part === 'name' ? 'Name' : 'Role', { x, y: lineBaseline(R, T.small.size + 0.5, top, T.small.lh), font: regular, size: T.small.size + 0.5, color: GREY });
              addTextWidget(page, fieldNameFor(path, part), x, top - height, w, TEXT_BOX_H);
            });
          },
        };
      }
      case 'choice':
      case 'choices': {
        const addOption = (page: PDFPage, value: string, x: number, boxY: number) => {
          if (field.kind === 'choices') checkBoxes.get(fieldNameFor(path, value))?.addToPage(page, { ...box(x, boxY, CHECK, CHECK, 1), ...widgetStyle });
          else radios.get(fieldNameFor(path))?.addOptionToPage(value, page, { ...box(x, boxY, CHECK, CHECK, 1), ...widgetStyle });
        };
        // Short options without hints sit on one line ("o Yes  o Partly  o Not yet").
        const OPTION_GAP = 22;
        const inlineWidth = field.options.reduce((w, o) => w + CHECK + 6 + R.width(o.label, T.body.size) + OPTION_GAP, 0);
        if (inlineWidth <= width && field.options.every((o) => !o.hint)) {
          const height = T.body.lh + 4;
          return {
            height,
            draw(page, top) {
              let x = x0;
              for (const o of field.options) {
                addOption(page, o.value, x, top - (T.body.lh + CHECK) / 2);
                page.drawText(o.label, { x: x + CHECK + 6, y: lineBaseline(R, T.body.size, top, T.body.lh), font: regular, size: T.body.size, color: INK });
                x += CHECK + 6 + R.width(o.label, T.body.size) + OPTION_GAP;
              }
            },
          };
        }
        const labelW = width - CHECK - 8;
        const rows = field.options.map((o) => {
          const lines = wrapText(R, o.label, T.body.size, labelW);
          const hint = o.hint ? wrapText(R, o.hint, T.hint.size, labelW) : [];
          return { o, lines, hint, height: Math.max(CHECK + 2, lines.length * T.body.lh + hint.length * T.hint.lh) + 5 };
        });
        const height = rows.reduce((h, r) => h + r.height, 0);
        return {
          height,
          draw(page, top) {
            let y = top;
            for (const r of rows) {
              addOption(page, r.o.value, x0, y - (T.body.lh + CHECK) / 2);
              drawLines(page, r.lines, x0 + CHECK + 8, y, 'regular', T.body, INK);
              drawLines(page, r.hint, x0 + CHECK + 8, y - r.lines.length * T.body.lh, 'regular', T.hint, GREY);
              y -= r.height;
            }
          },
        };
      }
    }
  };

  /** A whole leaf field: label, hint, control. */
  const fieldParts = (field: LeafField, path: FieldPath, x0: number, width: number, emphasis = false): Part => {
    const label = labelPart(field.label, field.hint, field.optional, x0, width, emphasis ? T.itemHeading : T.label, emphasis ? accent : INK);
    const control = controlPart(field, path, x0, width);
    const pad = emphasis ? 10 : 0;
    return {
      height: pad + label.height + control.height + pad,
      draw(page, top) {
        if (emphasis) {
          const h = pad + label.height + control.height + pad;
          page.drawRectangle({ x: x0 - 14, y: top - h, width: width + 24, height: h, color: tint(accent, 0.08) });
          page.drawRectangle({ x: x0 - 14, y: top - h, width: 4, height: h, color: accent });
        }
        label.draw(page, top - pad);
        control.draw(page, top - pad - label.height);
      },
    };
  };

  const withPanel = (part: Part, x: number, width: number, fill: Color, bar: Color, padTop: number, padBottom: number): Part => ({
    height: part.height + padTop + padBottom,
    draw(page, top) {
      const h = part.height + padTop + padBottom;
      page.drawRectangle({ x, y: top - h, width, height: h, color: fill });
      page.drawRectangle({ x, y: top - h, width: 3, height: h, color: bar });
      part.draw(page, top - padTop);
    },
  });

  const spacer = (height: number): Part => ({ height, draw() {} });

  // ---- Units
  const units: Unit[] = [];

  // Title block (page 1)
  {
    const title = wrapText(B, template.name, T.title.size, CONTENT_W);
    const note = blank
      ? 'Fill this form in on screen, in a PDF reader or web browser, or print it and write on it.'
      : 'The answers are saved inside this PDF. To change the plan, type in the boxes, or open this file in the plan builder again.';
    const desc = wrapText(R, template.description, T.body.size, CONTENT_W);
    const noteLines = wrapText(R, note, T.hint.size, CONTENT_W);
    units.push({
      spaceBefore: 0,
      parts: [
        {
          height: title.length * T.title.lh + 4 + desc.length * T.body.lh + 4 + noteLines.length * T.hint.lh + 4,
          draw(page, top) {
            drawLines(page, title, MARGIN_X, top, 'bold', T.title, INK);
            let y = top - title.length * T.title.lh - 4;
            drawLines(page, desc, MARGIN_X, y, 'regular', T.body, INK);
            y -= desc.length * T.body.lh + 4;
            drawLines(page, noteLines, MARGIN_X, y, 'regular', T.hint, GREY);
          },
        },
      ],
    });
  }

  const FIELD_GAP = 16;
  const ITEM_FIELD_GAP = 9;
  for (const section of template.sections) {
    const fields = section.fields.filter((f) => isPrinted(f, printOptions));
    if (fields.length === 0) continue;
    const headingLines = wrapText(B, section.title, T.heading.size, CONTENT_W);
    const introLines = section.intro ? wrapText(R, section.intro, T.hint.size + 0.5, CONTENT_W) : [];
    const heading: Part = {
      height: headingLines.length * T.heading.lh + 6 + (introLines.length ? introLines.length * 12.5 + 4 : 0) + 10,
      draw(page, top) {
        drawLines(page, headingLines, MARGIN_X, top, 'bold', T.heading, accent);
        const ruleY = top - headingLines.length * T.heading.lh - 3;
        page.drawLine({ start: { x: MARGIN_X, y: ruleY }, end: { x: MARGIN_X + CONTENT_W, y: ruleY }, thickness: 1.2, color: accent });
        if (introLines.length) drawLines(page, introLines, MARGIN_X, ruleY - 5, 'regular', { size: T.hint.size + 0.5, lh: 12.5 }, GREY);
      },
    };
    let first = true;
    const push = (parts: Part[], spaceBefore: number) => {
      units.push({ parts: first ? [heading, ...parts] : parts, spaceBefore: first ? 26 : spaceBefore, section, startsSection: first });
      first = false;
    };
    for (const f of fields) {
      if (f.kind !== 'group') {
        const emphasis = f.id === template.summary.reviewDate;
        push([fieldParts(f, [f.id], MARGIN_X + (emphasis ? 14 : 0), CONTENT_W - (emphasis ? 24 : 0), emphasis)], emphasis ? FIELD_GAP + 6 : FIELD_GAP);
        continue;
      }
      units.push(...groupUnits(f));
    }

    function groupUnits(g: GroupField): Unit[] {
      const out: Unit[] = [];
      const showLabel = fields.length > 1 || g.hint;
      let intro: Part | undefined = showLabel ? labelPart(fields.length > 1 ? g.label : '', g.hint, false, MARGIN_X, CONTENT_W) : undefined;
      if (intro && fields.length === 1) {
        // Only the hint: the section heading already names the group.
        const hintLines = g.hint ? wrapText(R, g.hint, T.hint.size, CONTENT_W) : [];
        intro = { height: hintLines.length * T.hint.lh + 6, draw: (page, top) => drawLines(page, hintLines, MARGIN_X, top, 'regular', T.hint, GREY) };
      }
      const n = counts[g.id] ?? 0;
      const inner = CONTENT_W - 30;
      const x0 = MARGIN_X + 16;
      const buildItem = (i: number): Part[] => {
        const headingLines = [`${g.itemLabel} ${i + 1}`];
        const parts: Part[] = [];
        const leaves = g.fields.filter((leaf) => isPrinted(leaf, printOptions));
        leaves.forEach((leaf, j) => {
          const fieldPart = fieldParts(leaf, [g.id, i, leaf.id], x0, inner);
          let part: Part = fieldPart;
          if (j === 0) {
            part = {
              height: T.itemHeading.lh + 5 + fieldPart.height,
              draw(page, top) {
                drawLines(page, headingLines, x0, top, 'bold', T.itemHeading, accent);
                fieldPart.draw(page, top - T.itemHeading.lh - 5);
              },
            };
          }
          const last = j === leaves.length - 1;
          parts.push(withPanel(part, MARGIN_X, CONTENT_W, tint(accent, 0.05), accent, j === 0 ? 10 : 0, last ? 12 : ITEM_FIELD_GAP));
        });
        return parts;
      };
      for (let i = 0; i < n; i++) {
        const lead = [...(first ? [heading] : []), ...(i === 0 && intro ? [intro] : [])];
        let parts = buildItem(i);
        // Keep an item whole: if it only overflows with the section heading above it, give its
        // empty boxes slightly closer writing lines rather than split it over two pages.
        for (const rowH of [11, 10]) {
          if (sum([...lead, ...parts]) <= BODY_H || sum(parts) > BODY_H) break;
          emptyRowHeightInGroup = rowH;
          parts = buildItem(i);
        }
        emptyRowHeightInGroup = 12;
        const continuedLabel = `${g.itemLabel} ${i + 1} (continued)`;
        if (first) {
          out.push({ parts: [...lead, ...parts], spaceBefore: 26, section, startsSection: true, continuedLabel });
          first = false;
        } else out.push({ parts: [...lead, ...parts], spaceBefore: 16, section, continuedLabel });
      }
      return out;
    }
  }

  // ---- Pagination. A unit that does not fit in the space left starts a new page; one taller than a
  // page is then split between its parts (fields), each continued page saying what it continues.
  interface Placed { part: Part; top: number }
  interface PageLayout { placed: Placed[]; continued?: string }
  const pages: PageLayout[] = [];
  let current: PageLayout = { placed: [] };
  let y = 0;
  const CONTINUED_H = 22;
  const newPage = (continued?: string) => {
    current = { placed: [], ...(continued ? { continued } : {}) };
    pages.push(current);
    y = BODY_TOP - (continued ? CONTINUED_H : 0);
  };
  newPage();
  for (const unit of units) {
    const height = sum(unit.parts);
    if (current.placed.length > 0) {
      if (y - unit.spaceBefore - height < BODY_BOTTOM) newPage(unit.section && !unit.startsSection ? `${unit.section.title} (continued)` : undefined);
      else y -= unit.spaceBefore;
    }
    unit.parts.forEach((part, i) => {
      if (y - part.height < BODY_BOTTOM && current.placed.length > 0) newPage(i > 0 && unit.continuedLabel ? unit.continuedLabel : unit.section ? `${unit.section.title} (continued)` : undefined);
      current.placed.push({ part, top: y });
      y -= part.height;
    });
  }

  // ---- Draw pages: body first (its widgets come first in each page's /Annots), then header and footer.
  const total = pages.length;
  const created = now.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
  const summaryFields: [string, string][] = [];
  for (const [label, id] of [
    ['Child', template.summary.childName],
    [template.summary.planDateLabel, template.summary.planDate],
    [template.summary.reviewDateLabel, template.summary.reviewDate],
  ] as const)
    if (id && textFields.has(id)) summaryFields.push([label, id]);
  pages.forEach((p, index) => {
    const page = doc.addPage([PAGE_W, PAGE_H]);
    page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
    if (p.continued) {
      drawText(page, p.continued, { x: MARGIN_X, y: lineBaseline(B, 10, BODY_TOP, 14), size: 10, color: accent, bold: true });
    }
    for (const { part, top } of p.placed) part.draw(page, top);

    // Header: school and plan name, then a band with the child's name and the plan's dates. The band's
    // boxes are extra widgets of the same fields, so filling in the name once fills it on every page.
    drawText(page, schoolName, { x: MARGIN_X, y: HEADER_TOP - 10, size: 10, color: accent, bold: true });
    const planName = template.name;
    page.drawText(planName, { x: MARGIN_X + CONTENT_W - R.width(planName, 9), y: HEADER_TOP - 10, font: regular, size: 9, color: GREY });
    const bandTop = HEADER_TOP - 16;
    page.drawRectangle({ x: MARGIN_X, y: bandTop - BAND_H, width: CONTENT_W, height: BAND_H, color: tint(accent, 0.08) });
    const widths = summaryFields.length === 3 ? [0.46, 0.27, 0.27] : summaryFields.length === 2 ? [0.6, 0.4] : [1];
    let x = MARGIN_X;
    summaryFields.forEach(([label, id], i) => {
      const w = CONTENT_W * widths[i]!;
      const review = id === template.summary.reviewDate;
      if (review) page.drawRectangle({ x, y: bandTop - BAND_H, width: w, height: BAND_H, color: tint(accent, 0.18) });
      drawText(page, label.toUpperCase(), { x: x + 8, y: bandTop - 10, size: 7, color: review ? accent : GREY, bold: true });
      const tf = textFields.get(id)!;
      tf.addToPage(page, { ...box(x + 4, bandTop - BAND_H + 2, w - 10, 18, 0), textColor: INK, borderWidth: 0, font: regular });
      const widgets = tf.acroField.getWidgets();
      const headerText = textOf(slotByName.get(id)!, valueAt(data, [id], slotByName.get(id)!.field));
      widgets[widgets.length - 1]!.setDefaultAppearance(`/${regular.name} ${headerText ? fitSize(headerText, w - 10, HEADER_FIELD_SIZE) : HEADER_FIELD_SIZE} Tf 0 g`);
      x += w;
    });
    page.drawLine({ start: { x: MARGIN_X, y: bandTop - BAND_H - 0.5 }, end: { x: MARGIN_X + CONTENT_W, y: bandTop - BAND_H - 0.5 }, thickness: 1.5, color: accent });

    // Footer
    page.drawLine({ start: { x: MARGIN_X, y: 44 }, end: { x: MARGIN_X + CONTENT_W, y: 44 }, thickness: 0.5, color: RULE });
    const left = blank ? `${template.name}: blank form` : `Created on ${created}`;
    page.drawText(left, { x: MARGIN_X, y: 31, font: regular, size: 8, color: GREY });
    const pageNo = `Page ${index + 1} of ${total}`;
    drawText(page, pageNo, { x: MARGIN_X + CONTENT_W - B.width(pageNo, 9), y: 31, size: 9, color: INK, bold: true });
  });

  // ---- Values, then appearances with our font and provider
  for (const slot of slots) {
    const value = valueAt(data, slot.path, slot.field);
    if (slot.widget === 'text' || slot.widget === 'multiline') {
      const text = textOf(slot, value);
      if (text) textFields.get(slot.name)!.setText(text);
    } else if (slot.widget === 'checkbox') {
      if (Array.isArray(value) && value.includes(slot.option!)) checkBoxes.get(slot.name)!.check();
    } else if (typeof value === 'string' && slot.field.kind === 'choice' && slot.field.options.some((o) => o.value === value)) {
      radios.get(slot.name)!.select(value);
    }
  }
  // /DA after the widgets exist (pdf-lib's addToPage writes its own): our font, from /DR.
  for (const [name, tf] of textFields) tf.acroField.setDefaultAppearance(`/${regular.name} ${fieldSizes.get(name) ?? FIELD_SIZE} Tf 0 g`);
  const provider = textAppearanceProvider(new Map([[regular, R]]));
  for (const tf of textFields.values()) tf.updateAppearances(regular, provider);
  // Check boxes and radio buttons: ZapfDingbats check and dot, the convention readers redraw with.
  const zadb = doc.context.register(doc.context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'ZapfDingbats' }));
  for (const [fields, ca] of [[[...checkBoxes.values()], '4'], [[...radios.values()], 'l']] as const) {
    for (const f of fields) {
      f.acroField.setDefaultAppearance('/ZaDb 0 Tf 0 g');
      for (const w of f.acroField.getWidgets()) w.getOrCreateAppearanceCharacteristics().setCaptions({ normal: ca });
    }
  }

  // ---- AcroForm: our font in /DR, a default /DA, no NeedAppearances (appearances are written).
  const acroForm = form.acroForm.dict;
  acroForm.set(PDFName.of('DR'), doc.context.obj({ Font: { [regular.name]: regular.ref, ZaDb: zadb } }));
  acroForm.set(PDFName.of('DA'), PDFString.of(`/${regular.name} ${FIELD_SIZE} Tf 0 g`));
  acroForm.delete(PDFName.of('NeedAppearances'));

  // ---- Document: title, language, metadata, the attached draft.
  const child = typeof data[template.summary.childName] === 'string' ? (data[template.summary.childName] as string).trim() : '';
  doc.setTitle(child ? `${template.name} for ${child}` : `${template.name} (blank form)`, { showInWindowTitleBar: true });
  doc.setLanguage('en-GB');
  doc.setSubject(template.description);
  doc.setAuthor(schoolName);
  doc.setCreator('SEN Support portal');
  doc.setKeywords([template.name, `template:${template.id}`, `template-version:${template.version}`]);
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  if (options.attachmentJson !== undefined) {
    await doc.attach(new TextEncoder().encode(options.attachmentJson), options.attachmentName ?? attachmentNameFor(template), {
      mimeType: 'application/json',
      description: 'The answers in this plan, so the plan builder can open it again',
      creationDate: now,
      modificationDate: now,
      afRelationship: AFRelationship.Source,
    });
  }
  // Embed the font now, whole (every glyph's width and Unicode mapping), so a reader can show what
  // is typed later.
  await embedWholeFont(doc, regular, fonts.regular);
  // objectsPerTick: Infinity: pdf-lib otherwise pauses every 50 objects, adding idle time to each export.
  return doc.save({ useObjectStreams: true, updateFieldAppearances: false, objectsPerTick: Infinity });
}

// ---------------------------------------------------------------------------------------------
// The whole regular font is ~750 KB: deflating it with pdf-lib's pako on every export took about a
// quarter of the export time. Compress it once per font (natively, CompressionStream) and hand
// pdf-lib the result while it embeds the font. Also records /Length1 (the uncompressed length),
// which the PDF specification requires for a TrueType font file and pdf-lib leaves out.

const compressedFonts = new WeakMap<Uint8Array, Promise<Uint8Array | null>>();

async function deflate(bytes: Uint8Array): Promise<Uint8Array | null> {
  if (typeof CompressionStream === 'undefined') return null;
  try {
    const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    return null;
  }
}

async function embedWholeFont(doc: PDFDocument, font: PDFFont, bytes: Uint8Array): Promise<void> {
  let compressed = compressedFonts.get(bytes);
  if (!compressed) compressedFonts.set(bytes, (compressed = deflate(bytes)));
  const deflated = await compressed;
  const context = doc.context;
  const original = context.flateStream;
  context.flateStream = function (contents, dict = {}) {
    if (contents === bytes) {
      if (deflated) return context.stream(deflated, { ...dict, Filter: 'FlateDecode', Length1: bytes.length });
      return original.call(context, contents, { ...dict, Length1: bytes.length });
    }
    return original.call(context, contents, dict);
  };
  try {
    await font.embed();
  } finally {
    context.flateStream = original;
  }
}

export type { Field };
