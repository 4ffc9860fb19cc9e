// The fields describing a pack of one's own: name, publisher, description and licence (with what each
// licence lets other people do). Used when making a pack and when copying a template into a new pack.
import { LICENCE_CHOICES, type OwnPackDetails } from '../../domain/own-pack';
import { RadioGroup, TextArea, TextField } from '../components/fields';

export function PackDetailsFields(props: {
  details: OwnPackDetails;
  errors: Record<string, string>;
  onChange: (details: OwnPackDetails) => void;
  /** A licence to offer besides the usual ones, such as the licence of a template being copied. */
  extraLicence?: string;
}) {
  const { details, errors, onChange, extraLicence } = props;
  const choices: { value: string; label: string; hint?: string }[] = [...LICENCE_CHOICES];
  if (extraLicence && !choices.some((c) => c.value === extraLicence))
    choices.push({ value: extraLicence, label: extraLicence, hint: 'The licence of the template you are copying' });
  const set = <K extends keyof OwnPackDetails>(key: K, value: OwnPackDetails[K]) =>
    onChange({ ...details, [key]: value });
  return (
    <>
      <TextField
        id="pack-name"
        label="Pack name"
        hint="For example: Department for Rivers assurance checklists"
        value={details.name}
        error={errors['pack-name']}
        onChange={(v) => set('name', v)}
      />
      <TextField
        id="pack-publisher"
        label="Publisher"
        hint="The team or organisation that looks after the pack"
        value={details.publisher}
        error={errors['pack-publisher']}
        autoComplete="organization"
        onChange={(v) => set('publisher', v)}
      />
      <TextArea
        id="pack-description"
        label="Description"
        hint="What the pack holds and who it is for, in a sentence or two"
        value={details.description}
        error={errors['pack-description']}
        onChange={(v) => set('description', v)}
      />
      <RadioGroup
        id="pack-licence"
        legend="Licence"
        hint="What other people may do with the text of your pack if you share it"
        value={details.licence}
        error={errors['pack-licence']}
        options={choices}
        onChange={(v) => set('licence', v)}
      />
    </>
  );
}
