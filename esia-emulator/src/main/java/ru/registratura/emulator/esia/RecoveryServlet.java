package ru.registratura.emulator.esia;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** «Я не знаю пароль»: the emulator has only its test persons, whose passwords the README lists. */
@WebServlet("/recovery")
public class RecoveryServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Pages.message(response, request.getContextPath(), "Восстановление пароля",
                "В эмуляторе ЕСИА восстановление пароля не предусмотрено. Логины и пароли тестовых пользователей "
                        + "приведены в README проекта и в подсказке на странице входа.");
    }
}
