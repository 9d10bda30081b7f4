/**
 * "Receive from Tom" when a link cannot simply be opened — above all in an installed app, which
 * keeps its storage apart from the browser a scanned code opens: paste the link, or choose the file.
 * (Scanning the partner's code with the camera inside the page is not offered yet.)
 */
import { useState } from 'preact/hooks';

interface Props {
  partner: string;
  onLink: (text: string) => void;
  onFile: (text: string) => void;
}

export function ReceivePanel({ partner, onLink, onFile }: Props) {
  const [pasted, setPasted] = useState('');
  return (
    <div class="exchange-receive">
      <p>
        Open the link {partner} sent on this device. Or paste it here, or choose the file. If you use the
        workbook as an app on your home screen, paste or choose the file here: a link opened from a message or
        a scanned code opens the browser, which keeps a separate workbook.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onLink(pasted);
        }}
      >
        <div class="field">
          <label for="exchange-paste">Link from {partner}</label>
          <input
            id="exchange-paste"
            type="url"
            value={pasted}
            onInput={(e) => setPasted(e.currentTarget.value)}
          />
        </div>
        <button type="submit" class="secondary">
          Read the link
        </button>
      </form>
      <div class="field">
        <label for="exchange-file">Or choose the file {partner} sent</label>
        <input
          id="exchange-file"
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void file.text().then(onFile);
            e.currentTarget.value = '';
          }}
        />
      </div>
    </div>
  );
}
