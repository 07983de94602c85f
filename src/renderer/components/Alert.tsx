import { Icon } from './Icon';

/** A problem the user should read now, e.g. why a form was refused. */
export function ErrorAlert({ children, id }: { children: string; id?: string }) {
  return (
    <div className="alert alert--error" role="alert" id={id}>
      <Icon name="alert" />
      <p>{children}</p>
    </div>
  );
}
