/** Takes in what the partner sent when a link cannot simply be opened: paste the link, or choose the file. */
import { useState } from 'preact/hooks';

interface Props {
  partnerName: string;
  onLink: (text: string) => void;
  onFile: (text: string) => void;
}

export function ReceiveForm({ partnerName, onLink, onFile }: Props) {
  const [pasted, setPasted] = useState('');
  return (
    <section class="share-panel" aria-labelledby="receive-heading">
      <h2 id="receive-heading">Got something from {partnerName}?</h2>
      <p>Open the link they sent on this device. Or paste it here, or choose the file they sent.</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onLink(pasted.trim());
        }}
      >
        <div class="field">
          <label for="receive-link">Link from {partnerName}</label>
          <input
            id="receive-link"
            type="url"
            value={pasted}
            onInput={(e) => setPasted(e.currentTarget.value)}
          />
        </div>
        <button type="submit">Read the link</button>
      </form>
      <div class="field">
        <label for="receive-file">Or choose the file</label>
        <input
          id="receive-file"
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void file.text().then(onFile);
            e.currentTarget.value = '';
          }}
        />
      </div>
    </section>
  );
}
