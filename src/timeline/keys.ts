/** The timeline's keyboard map, one place for the component and its help text. */
export type TimelineKeyAction =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'select'
  | 'clear'
  | 'zoom-in'
  | 'zoom-out'
  | 'pan-left'
  | 'pan-right'
  | 'reset';

export function timelineKeyAction(
  e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): TimelineKeyAction | undefined {
  if (e.ctrlKey || e.metaKey || e.altKey) return undefined;
  switch (e.key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return e.shiftKey ? 'pan-right' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
      return e.shiftKey ? 'pan-left' : 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Enter':
    case ' ':
      return 'select';
    case 'Escape':
      return 'clear';
    case '+':
    case '=':
      return 'zoom-in';
    case '-':
    case '_':
      return 'zoom-out';
    case '0':
      return 'reset';
    default:
      return undefined;
  }
}
