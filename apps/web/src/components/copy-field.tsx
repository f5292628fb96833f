'use client'

import { useId, useState } from 'react'

interface Props {
  readonly label: string
  readonly value: string
}

type CopyState = 'idle' | 'copied' | 'failed'

const buttonText: Record<CopyState, string> = {
  idle: 'Copy',
  copied: 'Copied',
  failed: 'Select and copy',
}

/**
 * A read-only value with a copy button. Without JavaScript, or where the clipboard is refused
 * (an insecure origin, a denied permission), the field is still there to select by hand; the
 * button then says so rather than pretending it copied.
 */
export function CopyField({ label, value }: Props) {
  const id = useId()
  const [state, setState] = useState<CopyState>('idle')
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value)
      setState('copied')
    } catch {
      setState('failed')
      const field = document.getElementById(id)
      if (field instanceof HTMLInputElement) field.select()
    }
  }
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <span className="copy-row">
        <input id={id} type="text" readOnly value={value} onFocus={(e) => e.target.select()} />
        <button type="button" onClick={copy} aria-live="polite">
          {buttonText[state]}
        </button>
      </span>
    </div>
  )
}
