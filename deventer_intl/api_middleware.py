"""ETag and ``304 Not Modified`` for the public API's responses (``/api/``), and only for those."""

from django.middleware.http import ConditionalGetMiddleware as DjangoConditionalGetMiddleware

#: The API's path prefix (CORS and the conditional responses apply below it only).
PREFIX = "/api/"


class ConditionalGetMiddleware(DjangoConditionalGetMiddleware):
    """Django's ETag/``304`` handling for the API only: a client that sends ``If-None-Match`` with the ETag of
    the answer it has gets ``304 Not Modified`` without the body. Pages for people are left alone."""

    def process_response(self, request, response):
        if not request.path.startswith(PREFIX):
            return response
        return super().process_response(request, response)
