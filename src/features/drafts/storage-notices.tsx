import { Button } from '../../components/ui/button';
import { Notice } from '../../components/ui/notice';
import { useStorageNoticesStore } from '../../stores/storage-notices-store';

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** Tells the user when saved data was set aside or cannot be saved, and where the copy is. */
export function StorageNotices() {
  const notices = useStorageNoticesStore((s) => s.notices);
  const dismiss = useStorageNoticesStore((s) => s.dismiss);
  if (notices.length === 0) return null;
  return (
    <div className="space-y-2">
      {notices.map((notice) => (
        <Notice key={notice.id} tone="warning" role="alert" title={sentence(notice.message)}>
          {notice.details.length > 0 ? (
            <ul className="list-disc pl-5">
              {notice.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          ) : null}
          {notice.backupKey ? (
            <p>
              The original data is kept in this browser’s local storage under{' '}
              <code>{notice.backupKey}</code>.
            </p>
          ) : null}
          <Button size="sm" variant="ghost" onClick={() => dismiss(notice.id)}>
            Dismiss
          </Button>
        </Notice>
      ))}
    </div>
  );
}
