/**
 * Why the bot could not post alerts in the channel a slash command came from, read from the
 * payload's channel_name, or undefined when it can (or Slack does not say). Slack names a direct
 * message "directmessage" and a private channel the app is not in "privategroup"; the bot posts in
 * public channels without joining them (chat:write.public). No API call: the app has no scope to
 * read channel details.
 */
export function cannotPostIn(channelName: string | undefined): string | undefined {
  if (channelName === 'directmessage') {
    return 'rivalwatch cannot post alerts into a direct message. Run /subscribe in a channel instead: any public channel works; for a private one, add the bot first with /invite @rivalwatch.';
  }
  if (channelName === 'privategroup') {
    return 'rivalwatch is not a member of this private channel, so its alerts could not be posted here. Add it with /invite @rivalwatch, then /subscribe again.';
  }
  return undefined;
}
