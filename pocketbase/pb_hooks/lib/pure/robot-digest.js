// A group robot's daily digest as one or more messages, each within the robot's size limit: a header
// (title and intro) and one block per person (their mention, their words, their own link). A person's
// block is never split across messages and a link is never cut: a block too long for one message has
// its text shortened. Both robots (pure/wecom-robot.js, pure/dingtalk-robot.js) pack with it. Pure.
const { byteLength, truncateBytes } = require("./digest.js");

const BRAND = "【践诺】";
// The header may take at most this share of a message, so that people's blocks always fit.
const HEADER_SHARE = 0.3;

/** The header's text: the brand and title, then the intro when there is one. */
function digestHeader(digest, maxBytes) {
  const title = `${BRAND}${digest.title}`;
  const text = digest.intro ? `${title}\n${digest.intro}` : title;
  return truncateBytes(text, Math.floor(maxBytes * HEADER_SHARE));
}

/**
 * The digest packed into messages of at most `maxBytes` (UTF-8) each.
 * `block(entry, text)` renders one person's block with the given text; it is called again with a
 * shorter text when the block would not fit one message.
 * @returns {Array<{ content: string, entries: Array<{ id: string, mobile: string }> }>}
 */
function packDigest(digest, maxBytes, block) {
  const header = digestHeader(digest, maxBytes);
  const room = maxBytes - byteLength(header) - 2;
  const messages = [];
  let current = null;
  for (const entry of digest.entries) {
    let text = entry.text;
    let rendered = block(entry, text);
    // Shorten the person's text until the block fits one message (the link and mention stay whole).
    while (byteLength(rendered) > room && text.length > 1) {
      text = truncateBytes(text, Math.max(1, byteLength(text) - (byteLength(rendered) - room) - 3));
      rendered = block(entry, text);
    }
    if (current && byteLength(current.content) + 2 + byteLength(rendered) <= maxBytes) {
      current.content += `\n\n${rendered}`;
      current.entries.push({ id: entry.id, mobile: entry.mobile });
    } else {
      current = { content: `${header}\n\n${rendered}`, entries: [{ id: entry.id, mobile: entry.mobile }] };
      messages.push(current);
    }
  }
  return messages;
}

module.exports = { packDigest };
