import { WORKSPACE_EXPORT_EXTENSION } from '../../../../shared/domain/backups';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { OpenWorkspaceFile } from './OpenWorkspaceFile';
import { downloadBase64 } from '../../lib/download';
import { formatMegabytes } from './backup-files';
import { useExportWorkspace } from './mutations';

/** Export the whole workspace as one file, and open such a file sent from another computer. */
export function WorkspaceTransferSection() {
  const exporter = useExportWorkspace();
  return (
    <section className="card settings-section" aria-labelledby="workspace-transfer-title">
      <h2 id="workspace-transfer-title">Send to your accountant, or open a file you were sent</h2>
      <p className="section-intro">
        The export is one file ({WORKSPACE_EXPORT_EXTENSION}) with everything in this workspace: sites, activity data, the files you imported, calculations,
        reports and the audit log. Send it however you normally share confidential files.
      </p>
      <div className="button-row">
        <Button
          variant="primary"
          busy={exporter.isPending}
          onClick={() => exporter.mutate(undefined, { onSuccess: (file) => downloadBase64(file.fileName, file.contentBase64) })}
        >
          Export workspace for your accountant
        </Button>
      </div>
      {exporter.isPending ? <p role="status">Preparing the file…</p> : null}
      {exporter.data && !exporter.isPending ? (
        <p role="status">
          Downloaded {exporter.data.fileName} ({formatMegabytes(exporter.data.sizeBytes)}).
        </p>
      ) : null}
      {exporter.isError ? <ErrorBanner title="The workspace could not be exported" error={exporter.error} /> : null}
      <OpenWorkspaceFile />
    </section>
  );
}
