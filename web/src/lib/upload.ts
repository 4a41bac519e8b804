// The file types the server accepts on a case (see the attachment rules of the API).
export const ATTACHMENT_ACCEPT = [
  '.jpg', '.jpeg', '.png', '.webp', '.gif', '.heic', '.pdf', '.mp3', '.wav', '.amr', '.mp4', '.txt', '.xlsx', '.docx',
].join(',');
