import { downloadJson, toFileName } from '../../lib/download';
import { Button } from './button';

/** "Download JSON" of what a page shows; `name` becomes the file name. */
export function DownloadJsonButton({ name, data }: { name: string; data: () => unknown }) {
  return (
    <Button size="sm" onClick={() => downloadJson(`${toFileName(name)}.json`, data())}>
      <span aria-hidden="true">⤓</span> Download JSON
    </Button>
  );
}
