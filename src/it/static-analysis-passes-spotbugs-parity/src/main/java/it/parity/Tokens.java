package it.parity;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Random;

/** Security weaknesses FindSecBugs reports. */
public class Tokens {

    public byte[] fingerprint(byte[] data) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("MD5").digest(data);
    }

    public int token() {
        return new Random().nextInt();
    }

    public Process run(String command) throws IOException {
        return Runtime.getRuntime().exec(command);
    }

    public ResultSet find(Connection connection, String id) throws SQLException {
        return connection.createStatement().executeQuery("select * from orders where id = '" + id + "'");
    }
}
