import { classNames } from '../../lib/class-names';
import { stepTitles, type WizardStep } from './wizard-model';

const steps: readonly WizardStep[] = [1, 2, 3];

export function StepIndicator({ step }: { step: WizardStep }) {
  return (
    <div className="steps">
      <p className="steps-count">
        Step {step} of {steps.length}
      </p>
      <ol className="steps-list" aria-label="Setup steps">
        {steps.map((n) => (
          <li
            key={n}
            aria-current={n === step ? 'step' : undefined}
            className={classNames('steps-item', n === step && 'steps-item-current', n < step && 'steps-item-done')}
          >
            {stepTitles[n]}
          </li>
        ))}
      </ol>
    </div>
  );
}
