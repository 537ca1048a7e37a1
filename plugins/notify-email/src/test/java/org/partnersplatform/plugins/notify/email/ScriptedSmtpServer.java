package org.partnersplatform.plugins.notify.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tiny SMTP server on 127.0.0.1 whose replies a test scripts: GreenMail accepts every recipient and message, so the
 * refusals a real server gives (550 to an address, 554 to a message) are played from here. It records the commands it
 * received, one connection at a time.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Map<String, String> recipientReplies = new ConcurrentHashMap<>();
    private final List<String> commands = Collections.synchronizedList(new ArrayList<>());
    private final Thread thread;
    private volatile String dataReply = "250 2.0.0 queued";

    private ScriptedSmtpServer() throws IOException {
        socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "scripted-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    static ScriptedSmtpServer start() {
        try {
            return new ScriptedSmtpServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return socket.getLocalPort();
    }

    /** Answers {@code RCPT TO:<address>} with {@code reply} instead of 250. */
    ScriptedSmtpServer replyToRecipient(String address, String reply) {
        recipientReplies.put(address, reply);
        return this;
    }

    /** Answers the end of the message's data with {@code reply} instead of 250. */
    ScriptedSmtpServer replyToData(String reply) {
        dataReply = reply;
        return this;
    }

    /** The command verbs received, in order ({@code EHLO}, {@code MAIL}, {@code RCPT}, ...). */
    List<String> commands() {
        return List.copyOf(commands);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                converse(connection);
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void converse(Socket connection) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(),
                StandardCharsets.US_ASCII));
        Writer out = new OutputStreamWriter(connection.getOutputStream(), StandardCharsets.US_ASCII);
        reply(out, "220 scripted ESMTP");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
            commands.add(verb);
            switch (verb) {
                case "EHLO", "HELO" -> reply(out, "250 scripted");
                case "RCPT" -> reply(out, recipientReplies.getOrDefault(address(line), "250 2.1.5 OK"));
                case "DATA" -> {
                    reply(out, "354 end with <CRLF>.<CRLF>");
                    for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
                        commands.add("DATA-LINE");
                    }
                    reply(out, dataReply);
                }
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                case "MAIL", "RSET", "NOOP" -> reply(out, "250 2.0.0 OK");
                default -> reply(out, "502 5.5.2 not implemented");
            }
        }
    }

    private static String address(String command) {
        return command.substring(command.indexOf('<') + 1, command.indexOf('>'));
    }

    private static void reply(Writer out, String reply) throws IOException {
        out.write(reply + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
