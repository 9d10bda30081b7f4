/**
 * The checklist builder's front door on /trainers/: a button that loads the builder (and the default
 * checklist it starts from) on first use, so reading the trainers' page costs almost no JavaScript.
 */
import { useState } from 'preact/hooks';
import { lazy } from '../shared/lazy';

interface Props {
  base: string;
}

const Builder = lazy(async () => {
  const [{ default: TemplateBuilder }, { defaultTemplate }] = await Promise.all([
    import('./builder/TemplateBuilder'),
    import('./default-template-data'),
  ]);
  return (props: Props) => <TemplateBuilder {...props} defaultTemplate={defaultTemplate} />;
});

export default function BuilderLauncher({ base }: Props) {
  const [open, setOpen] = useState(false);
  if (open) return <Builder base={base} />;
  return (
    <p>
      <button type="button" onClick={() => setOpen(true)}>
        Open the checklist builder
      </button>
    </p>
  );
}
