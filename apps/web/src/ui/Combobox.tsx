import { KeyboardEvent, ReactNode, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface ComboboxProps<T> {
  label: string;
  /** Shown under the input and read with it. */
  hint?: string;
  /** Shown under the input, read with it and marking it invalid. */
  error?: string;
  placeholder?: string;
  query: string;
  onQueryChange: (query: string) => void;
  /** The suggestions for the query typed; undefined while they load. */
  options: readonly T[] | undefined;
  optionKey: (option: T) => string;
  renderOption: (option: T) => ReactNode;
  onSelect: (option: T) => void;
  id?: string;
}

/**
 * An editable combobox with a list of suggestions (WAI-ARIA combobox pattern, list autocomplete): typing
 * searches, Down and Up move through the suggestions, Enter picks one, Escape closes the list. The
 * suggestion under the keyboard is announced through aria-activedescendant; focus stays in the input.
 */
export function Combobox<T>({
  label,
  hint,
  error,
  placeholder,
  query,
  onQueryChange,
  options,
  optionKey,
  renderOption,
  onSelect,
  id,
}: ComboboxProps<T>) {
  const { t } = useTranslation();
  const generated = useId();
  const inputId = id ?? `combobox-${generated}`;
  const listId = `${inputId}-list`;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const typed = query.trim().length > 0;
  const list = options ?? [];
  const expanded = open && typed && list.length > 0;

  // New suggestions: nothing is under the keyboard until Down is pressed.
  const suggestionKeys = options ? options.map(optionKey).join('\n') : '';
  useEffect(() => setActive(-1), [suggestionKeys]);

  const pick = (option: T) => {
    onSelect(option);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        if (list.length) setActive((i) => (i + 1) % list.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        if (list.length) setActive((i) => (i <= 0 ? list.length - 1 : i - 1));
        break;
      case 'Enter':
        // Enter picks the suggestion under the keyboard, and never submits the form around.
        if (expanded) {
          event.preventDefault();
          const option = list[active >= 0 ? active : 0];
          if (option) pick(option);
        } else if (typed) {
          event.preventDefault();
        }
        break;
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (query) {
          event.preventDefault();
          onQueryChange('');
        }
        break;
      default:
        break;
    }
  };

  const described = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const status = !typed
    ? ''
    : options === undefined
      ? t('combobox.searching')
      : list.length
        ? t('combobox.results', { count: list.length })
        : t('combobox.none');

  return (
    <div className="combobox">
      <label htmlFor={inputId}>{label}</label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <div className="combobox-field">
        <input
          id={inputId}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          aria-describedby={described}
          aria-invalid={error ? true : undefined}
          placeholder={placeholder}
          value={query}
          onChange={(event) => {
            onQueryChange(event.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label={label} className="combobox-list" hidden={!expanded}>
          {list.map((option, index) => (
            <li
              key={optionKey(option)}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'combobox-option combobox-option-active' : 'combobox-option'}
              // Keeps focus in the input, so that its blur does not close the list before the click lands.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(option)}
            >
              {renderOption(option)}
            </li>
          ))}
        </ul>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {open ? status : ''}
      </p>
      {open && typed && options !== undefined && list.length === 0 ? (
        <p className="muted combobox-none">{t('combobox.none')}</p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
