package org.genaiplan.model.people;

import org.genaiplan.model.ValidationException;

/**
 * A line of the communication plan: who hears (audience), what (content), how often, by which channel (a
 * meeting, an e-mail, a dashboard...) and who owns it. {@code name} is what its milestones are called.
 */
public record Communication(String name, String audience, String content, Frequency frequency, String channel,
                            String owner) {
    public Communication {
        name = name == null ? "" : name.strip();
        if (name.isEmpty()) {
            throw new ValidationException("A communication needs a name, such as \"Weekly status update\".");
        }
        audience = audience == null ? "" : audience.strip();
        content = content == null ? "" : content.strip();
        frequency = frequency == null ? Frequency.WEEKLY : frequency;
        channel = channel == null ? "" : channel.strip();
        owner = owner == null ? "" : owner.strip();
    }

    public Communication(String name) {
        this(name, "", "", Frequency.WEEKLY, "", "");
    }

    public Communication withName(String v) {
        return new Communication(v, audience, content, frequency, channel, owner);
    }

    public Communication withAudience(String v) {
        return new Communication(name, v, content, frequency, channel, owner);
    }

    public Communication withContent(String v) {
        return new Communication(name, audience, v, frequency, channel, owner);
    }

    public Communication withFrequency(Frequency v) {
        return new Communication(name, audience, content, v, channel, owner);
    }

    public Communication withChannel(String v) {
        return new Communication(name, audience, content, frequency, v, owner);
    }

    public Communication withOwner(String v) {
        return new Communication(name, audience, content, frequency, channel, v);
    }
}
