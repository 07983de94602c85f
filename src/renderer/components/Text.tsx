/** One line that may be too long for its column: cut with an ellipsis, whole in the tooltip. */
export function Truncate({ text, className }: { text: string; className?: string }) {
  return (
    <span className={className ? `truncate ${className}` : 'truncate'} title={text}>
      {text}
    </span>
  );
}

/** A team's colour, as it marks the team everywhere. */
export function Swatch({ colour, size = 'medium' }: { colour: string; size?: 'small' | 'medium' | 'large' }) {
  return <span className={`swatch swatch--${size}`} style={{ backgroundColor: colour }} aria-hidden="true" />;
}

/** A team's name with its colour. */
export function TeamName({ name, colour }: { name: string; colour: string }) {
  return (
    <span className="team-name">
      <Swatch colour={colour} />
      <Truncate text={name} />
    </span>
  );
}
