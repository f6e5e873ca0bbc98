import type { ViewProps } from '../state/view-props.ts';
import { DownloadMenu } from './toolbar/DownloadMenu.tsx';
import { ExportMenu } from './toolbar/ExportMenu.tsx';
import { TourMenu } from './toolbar/TourMenu.tsx';

/** Above every view: download the data shown, export and share the view, workshop tours. */
export function ViewToolbar(props: ViewProps) {
  return (
    <div className="view-toolbar" role="toolbar" aria-label={props.t('toolbarLabel')}>
      <DownloadMenu {...props} />
      <ExportMenu {...props} />
      <TourMenu {...props} />
    </div>
  );
}
