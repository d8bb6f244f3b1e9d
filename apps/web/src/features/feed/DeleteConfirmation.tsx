import { useEffect, useRef } from 'react';

/**
 * The inline "really delete?" of a post or a comment: the question, a confirm button (focused when it
 * opens) and a cancel button.
 */
export function DeleteConfirmation({
  labelId,
  question,
  confirmLabel,
  cancelLabel,
  deleting,
  onConfirm,
  onCancel,
}: {
  labelId: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  deleting: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmRef.current?.focus(), []);
  return (
    <div className="feed-confirm" role="group" aria-labelledby={labelId}>
      <p id={labelId}>{question}</p>
      <div className="row">
        <button
          ref={confirmRef}
          type="button"
          className="button button-danger"
          aria-disabled={deleting}
          onClick={() => !deleting && onConfirm()}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
