import { useState } from 'react';
import type { FactorSet } from '../../../../shared/domain/factors';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field } from '../../components/Field';
import { fieldErrorsOf } from '../../lib/errors';
import { useConfirmFactorSet } from './mutations';

/**
 * Someone who has checked an unverified set against the official publication can say so; the
 * note (what was checked, against what) is kept in the audit log and shown with every figure.
 */
export function ConfirmSetButton({ set }: { set: FactorSet }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const confirm = useConfirmFactorSet();
  const noteError = confirm.error ? fieldErrorsOf(confirm.error)['note'] : undefined;

  return (
    <>
      <Button
        onClick={() => {
          confirm.reset();
          setOpen(true);
        }}
      >
        I have checked the {set.year} factors
      </Button>
      {open ? (
        <ConfirmDialog
          title={`Confirm the ${set.year} factors as checked?`}
          confirmLabel="Confirm as checked"
          busy={confirm.isPending}
          error={noteError ? undefined : confirm.error}
          errorTitle="The factors were not confirmed"
          onCancel={() => setOpen(false)}
          onConfirm={() => confirm.mutate({ setId: set.id, note }, { onSuccess: () => setOpen(false) })}
        >
          <p>
            Only confirm if you have compared these factors with the official publication. Your name, the date and your
            note are kept in the audit log and shown with every figure that uses them.
          </p>
          <Field label="What did you check them against?" hint="For example: the publication, table and date you compared with." error={noteError}>
            {(control) => <textarea {...control} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />}
          </Field>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
