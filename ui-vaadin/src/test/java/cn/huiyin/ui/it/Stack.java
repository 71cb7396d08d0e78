package cn.huiyin.ui.it;

import cn.huiyin.devstack.EmbeddedDatabase;
import cn.huiyin.devstack.KeycloakServer;
import cn.huiyin.devstack.PayaraMicroServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Starts the real PostgreSQL and the real Keycloak once per test JVM, on free ports, and hands
 * their coordinates to the Payara Micro that Arquillian starts. Register it before
 * ArquillianExtension: Arquillian reads {@code payara.cmdOptions} when it sets up the container.
 */
public class Stack implements BeforeAllCallback {

    public static final String WEB_CLIENT_SECRET = "huiyin-web-dev-secret";
    private static volatile Running running;

    public record Running(EmbeddedDatabase db, KeycloakServer keycloak, GreenMail mail) implements AutoCloseable {
        @Override
        public void close() {
            mail.stop();
            keycloak.close();
            db.close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (Stack.class) {
            if (running == null) {
                running = start();
                // closed when the whole test run ends, after every class has used it
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                        .put(Stack.class, (AutoCloseable) () -> running.close());
            }
        }
    }

    public static Running running() {
        return running;
    }

    private static Running start() throws Exception {
        Path work = Path.of(System.getProperty("huiyin.testWorkDir", "target/it"));
        Files.createDirectories(work);
        Path pgData = Files.createTempDirectory(work, "pg-");
        EmbeddedDatabase db = EmbeddedDatabase.start(pgData, 0);
        KeycloakServer kc = KeycloakServer.start(KeycloakServer.Options.defaults()
                .database(db)
                .httpPort(0)
                .logFile(work.resolve("keycloak.log")));
        // a real SMTP server on a free port: the app mails reminders to it (DeadlinesIT reads them)
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        mail.start();
        System.setProperty("payara.extraMicroOptions", "--contextroot " + PayaraMicroServer.CONTEXT_ROOT);
        System.setProperty("payara.cmdOptions", String.join(" ", List.of(
                "-Xmx512m",
                "-Ddb.url=" + db.jdbcUrl(EmbeddedDatabase.HUIYIN_DB),
                "-Ddb.user=" + EmbeddedDatabase.APP_ROLE,
                "-Ddb.password=" + EmbeddedDatabase.APP_PASSWORD,
                "-Ddb.owner.user=" + EmbeddedDatabase.OWNER_ROLE,
                "-Ddb.owner.password=" + EmbeddedDatabase.OWNER_PASSWORD,
                "-Doidc.issuer=" + kc.issuer(),
                "-Doidc.client-secret=" + WEB_CLIENT_SECRET,
                "-Dkeycloak.admin.url=" + kc.baseUrl(),
                "-Dkeycloak.admin.username=" + KeycloakServer.DEV_ADMIN_USER,
                "-Dkeycloak.admin.password=" + KeycloakServer.DEV_ADMIN_PASSWORD,
                "-Dhuiyin.demo=true",
                "-Dhuiyin.mail.host=127.0.0.1",
                "-Dhuiyin.mail.port=" + mail.getSmtp().getPort(),
                "-Dhuiyin.mail.from=huiyin@test.example",
                // tests run the reminder job as of other days (RemindersResource)
                "-Dhuiyin.reminders.as-of-allowed=true")));
        return new Running(db, kc, mail);
    }
}
