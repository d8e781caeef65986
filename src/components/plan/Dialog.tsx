/**
 * A modal dialog on the native <dialog> element: the browser traps focus, Escape closes it and
 * the rest of the page is inert. Focus starts on the first button unless told otherwise, and on
 * close returns to the control that opened it (or to `returnFocus` when that control is gone).
 */
import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  open: boolean;
  title: string;
  /** Element ids of the title and description, for aria-labelledby/-describedby. */
  id: string;
  /** The message (it also describes the dialog to screen readers). */
  children: ReactNode;
  /** Buttons under the message. */
  actions?: ReactNode;
  onClose: () => void;
  /** Id of the element to focus when the dialog opens (default: its first button or input). */
  initialFocus?: string;
  /** Id of the element to focus after closing, when the opener no longer exists. */
  returnFocus?: string | undefined;
}

export function Dialog({ open, title, id, children, actions, onClose, initialFocus, returnFocus }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement as HTMLElement | null;
      dialog.showModal();
      const first = initialFocus ? document.getElementById(initialFocus) : dialog.querySelector<HTMLElement>('input, button');
      first?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      const back = opener.current && opener.current.isConnected ? opener.current : returnFocus ? document.getElementById(returnFocus) : null;
      back?.focus();
    }
  }, [open, initialFocus, returnFocus]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <h2 className="dialog__title" id={`${id}-title`}>
            {title}
          </h2>
          <div id={`${id}-body`}>{children}</div>
          {actions}
        </>
      )}
    </dialog>
  );
}

interface ConfirmProps {
  open: boolean;
  id: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** Red button for actions that delete. */
  destructive?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  returnFocus?: string | undefined;
}

export function ConfirmDialog({ open, id, title, children, confirmLabel, cancelLabel = 'Cancel', destructive, onConfirm, onCancel, returnFocus }: ConfirmProps) {
  return (
    <Dialog
      open={open}
      id={id}
      title={title}
      onClose={onCancel}
      returnFocus={returnFocus}
      initialFocus={`${id}-cancel`}
      actions={
        <div className="button-group">
          <button type="button" className={`button${destructive ? ' button--warning' : ''}`} onClick={onConfirm}>
            {confirmLabel}
          </button>
          <button type="button" className="button button--secondary" id={`${id}-cancel`} onClick={onCancel}>
            {cancelLabel}
          </button>
        </div>
      }
    >
      {children}
    </Dialog>
  );
}
