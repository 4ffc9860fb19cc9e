// Asks how big a change a new version is (patch, minor or major), in plain words, before publishing it.
import { useState } from 'react';
import { bumpVersion, type VersionBump } from '../../domain/own-pack';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { RadioGroup } from '../components/fields';

const BUMP_HINTS: Record<VersionBump, string> = {
  patch: 'Corrections only: typing errors, clearer wording. Nothing a team would need to redo.',
  minor: 'Additions: new points, steps or guidance. Work done against the last version still counts.',
  major: 'Changes that break: points removed, renamed or changed in meaning. Teams should check their work again.',
};

export function PublishDialog(props: {
  open: boolean;
  version: string;
  onPublish: (bump: VersionBump) => void;
  onCancel: () => void;
}) {
  const { open, version, onPublish, onCancel } = props;
  const [bump, setBump] = useState<VersionBump>('minor');
  const label = (kind: VersionBump, words: string) => `${words}: version ${bumpVersion(version, kind)}`;
  return (
    <ConfirmDialog
      open={open}
      title="Publish a new version"
      confirmLabel={`Publish version ${bumpVersion(version, bump)}`}
      onConfirm={() => onPublish(bump)}
      onCancel={onCancel}
    >
      <p>
        This pack is at version {version}. Publishing saves your changes as a new version. Version {version} is kept, so
        you can compare the two.
      </p>
      <RadioGroup
        id="publish-bump"
        legend="How big is the change?"
        value={bump}
        options={[
          { value: 'patch', label: label('patch', 'Small fix'), hint: BUMP_HINTS.patch },
          { value: 'minor', label: label('minor', 'New content'), hint: BUMP_HINTS.minor },
          { value: 'major', label: label('major', 'Big change'), hint: BUMP_HINTS.major },
        ]}
        onChange={setBump}
      />
    </ConfirmDialog>
  );
}
