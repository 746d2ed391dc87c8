/**
 * Why the bot could not post alerts in the channel a slash command came from, read from the
 * payload's channel_name, or undefined when it can (or Slack does not say). Only a direct message
 * ("directmessage") is refused: the bot posts in public channels without joining them
 * (chat:write.public). A private channel shows as "privategroup", but Slack does not document
 * whether that name means the app is not in it, so it is accepted: if the bot was not invited, the
 * first alert fails with channel_not_found and /subscriptions shows the subscription disabled with
 * that reason. No API call: the app has no scope to read channel details.
 */
export function cannotPostIn(channelName) {
    if (channelName === 'directmessage') {
        return 'rivalwatch cannot post alerts into a direct message. Run /subscribe in a channel instead: any public channel works; for a private one, add the bot first with /invite @rivalwatch.';
    }
    return undefined;
}
//# sourceMappingURL=postable-channel.js.map