# Production image: gunicorn serving Django/Wagtail, static files by whitenoise.
FROM python:3.11-slim-bookworm

ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DJANGO_SETTINGS_MODULE=lms.settings.production \
    PORT=8000

RUN apt-get update \
 && apt-get install -y --no-install-recommends libjpeg62-turbo zlib1g libwebp7 curl fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*

RUN useradd --create-home --uid 1000 lintas
WORKDIR /app

COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

COPY --chown=lintas:lintas . .
RUN pybabel compile -d locale -D django \
 && SECRET_KEY=build-only-collectstatic-key-000000000000000000000000000000 \
    python manage.py collectstatic --no-input

USER lintas
EXPOSE 8000
CMD ["gunicorn", "lms.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", \
     "--access-logfile", "-"]
